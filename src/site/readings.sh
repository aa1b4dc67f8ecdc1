#!/bin/sh
# Regenerates the README's list of charter readings, the lines between <!-- readings:begin --> and
# <!-- readings:end -->, from the profiles in charters/ (index order) as `charters readings --markdown`
# prints them. CharterReadingsTest fails until this is run after a profile's readings change.
# Run from the project root after `mvn -o -q package -DskipTests` (no Maven needed to run it: any
# built jar with the current CharterReadings will do; JAR=path/to/secretariat.jar to pick another).
set -eu
jar=${JAR:-target/secretariat.jar}
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -o -q package -DskipTests)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
first=yes
for name in $(cat src/main/resources/charters/index.txt); do
    [ "$first" = yes ] || echo >> "$tmp/block"
    first=no
    java -jar "$jar" --data-dir "$tmp/data" charters readings --markdown "charters/$name" >> "$tmp/block"
done
awk -v block="$tmp/block" '
    /^<!-- readings:end -->$/ { skip = 0 }
    !skip { print }
    /^<!-- readings:begin -->$/ { while ((getline line < block) > 0) print line; skip = 1 }
' README.md > "$tmp/README.md"
grep -q '^<!-- readings:end -->$' "$tmp/README.md" || { echo "README.md has no readings markers" >&2; exit 2; }
cp "$tmp/README.md" README.md
echo "README.md: $(grep -c '^- `' "$tmp/block") readings"
