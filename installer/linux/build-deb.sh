#!/usr/bin/env bash
# Builds the Debian/Ubuntu package target/installer/secretariat_<version>_amd64.deb.
#
#   installer/linux/build-deb.sh [--no-build] [--no-cds]
#
#   --no-build  use target/secretariat.jar and target/lib/ as they are (the Maven profile
#               `installer` passes this: it runs after `package` has built them)
#   --no-cds    no AppCDS: the package does not make a class-data archive when it is installed
#
# Needs: JDK 17 with jlink and jpackage (Debian: openjdk-17-jdk), Maven (unless --no-build),
# dpkg-deb and fakeroot (jpackage calls them). For the AppCDS class list: Xvfb and xdotool to
# record the window's classes (without them only the commands' classes are recorded), and a
# Chinese font (fonts-wqy-microhei) for the certificate run.
#
# Steps: Maven package → staging folder (secretariat.jar + lib/, JavaFX stays on the class path)
# → jlink a small runtime (JDK modules only, no JavaFX) → jpackage an app image → run it on a few
# commands and the window to list the classes a start loads (lib/app/classes.lst) → jpackage the
# .deb from that image. Its postinst turns the list into the archive lib/app/app.jsa on the
# installed files (installer/README.md says why it cannot be made here).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"

BUILD=1
CDS=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        --no-cds) CDS=0 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

NAME=secretariat
MAIN_CLASS=org.secretariat.Launcher
# The project's own version: the first <version> at two spaces' indent in pom.xml.
VERSION=${APP_VERSION:-$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)}
VERSION=${VERSION%-SNAPSHOT}
VENDOR="Secretariat project"
DESCRIPTION="Offline member roster, charter procedures, meetings and documents for the secretariat of a Chinese alliance or association (秘书处)"
# JDK modules the whole stack needs (shared/STACK.md); JavaFX is NOT linked in: its jars stay in lib/.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs
# the window's JVM options are WindowJvm.OPTIONS (decision 0027)
JAVA_OPTIONS="-Xmx512m -Dfile.encoding=UTF-8 -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"

TARGET="$ROOT/target"
WORK="$TARGET/installer-work"
OUT="$TARGET/installer"
ICON="$ROOT/installer/icon/secretariat.png"

for tool in jlink jpackage dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "$tool not found (Debian: apt-get install openjdk-17-jdk dpkg-dev fakeroot)" >&2; exit 1; }
done
JAVA_MAJOR=$(jlink --version | cut -d. -f1)
[ "$JAVA_MAJOR" -ge 17 ] || { echo "jlink $JAVA_MAJOR found; JDK 17 or newer is needed" >&2; exit 1; }

step() { printf "\n== [%3ds] %s\n" "$SECONDS" "$*"; }

if [ "$BUILD" = 1 ]; then
    step "mvn package"
    mvn -q -DskipTests package
fi
[ -f "$TARGET/$NAME.jar" ] && [ -d "$TARGET/lib" ] || { echo "target/$NAME.jar or target/lib/ missing: run mvn package" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/input/lib" "$OUT"
rm -f "$OUT/${NAME}_${VERSION}"*.deb

step "staging $NAME.jar and lib/"
cp "$TARGET/$NAME.jar" "$WORK/input/"
cp "$TARGET"/lib/*.jar "$WORK/input/lib/"

step "jlink runtime ($MODULES)"
jlink --add-modules "$MODULES" \
    --strip-debug --no-header-files --no-man-pages --strip-native-commands --include-locales=en,zh \
    --output "$WORK/runtime"
du -sh "$WORK/runtime"

# jpackage stores --java-options in lib/app/secretariat.cfg; $APPDIR is lib/app at run time.
OPTIONS="$JAVA_OPTIONS"
# The archive the postinst makes; until it exists (or if it does not match) the JVM runs without.
[ "$CDS" = 1 ] && OPTIONS="$OPTIONS -XX:SharedArchiveFile=\$APPDIR/app.jsa"

step "jpackage app image"
jpackage --type app-image \
    --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --java-options "$OPTIONS" \
    --icon "$ICON" \
    --dest "$WORK/image"
IMAGE="$WORK/image/$NAME"

# JDK 17's AppCDS archive is only used where the class path is the very one it was made with
# (same paths, same jar sizes and times). jpackage copies the image into the package (new file
# times) and the package installs it in /opt (new paths), so an archive made here never maps
# ("APP classpath mismatch"). What is made here is the list of classes; the postinst makes the
# archive from it (-Xshare:dump, about 10 s), on the installed files.
LISTS="$WORK/class-lists"
TRAIN="$WORK/train-data"

# Runs the image's launcher with the JVM listing every class it loads into $LISTS/NAME.lst.
record() {
    local name=$1
    shift
    env -u JAVA_TOOL_OPTIONS _JAVA_OPTIONS="-XX:DumpLoadedClassList=$LISTS/$name.lst" \
        "$IMAGE/bin/$NAME" --data-dir "$TRAIN" "$@" >>"$WORK/train.log" 2>&1
}

# Records the window's classes: starts the launcher on a private Xvfb display, waits until its
# window is visible and the home screen has loaded, then ends it with SIGTERM (the JVM exits
# normally). Returns 1 if Xvfb or xdotool is missing or the window does not show.
record_window() {
    command -v Xvfb >/dev/null && command -v xdotool >/dev/null || return 1
    local n=90 xpid pid waited=0
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    until [ -e "/tmp/.X11-unix/X$n" ]; do
        sleep 0.1; waited=$((waited + 1))
        [ $waited -lt 100 ] || { kill "$xpid"; return 1; }
    done
    DISPLAY=":$n" record window &
    pid=$!
    waited=0
    until DISPLAY=":$n" xdotool search --onlyvisible --name Secretariat >/dev/null 2>&1; do
        sleep 0.2; waited=$((waited + 1))
        if [ $waited -ge 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            pkill -TERM -P "$pid" 2>/dev/null || true; kill "$xpid"
            return 1
        fi
    done
    # The home screen then loads its data (H2, Flyway, Hibernate) in the background: wait until
    # the list has stopped growing for 3 s (at most 90 s), so a slow machine lists it all too.
    local size=-1 still=0
    for _ in $(seq 90); do
        sleep 1
        if [ "$(stat -c %s "$LISTS/window.lst" 2>/dev/null || echo 0)" = "$size" ]; then
            still=$((still + 1))
            [ $still -lt 3 ] || break
        else
            still=0
            size=$(stat -c %s "$LISTS/window.lst" 2>/dev/null || echo 0)
        fi
    done
    pkill -TERM -P "$pid" # the launcher, a child of the backgrounded `record`
    wait "$pid" 2>/dev/null || true
    kill "$xpid"
    wait "$xpid" 2>/dev/null || true
}

if [ "$CDS" = 1 ]; then
    step "AppCDS: listing the classes a start loads"
    mkdir -p "$LISTS"
    # A throw-away organisation: set up (charter profiles, H2, Flyway, Hibernate), one unit
    # imported from CSV, its certificate issued as PDF (OpenPDF, fonts, QR codes), the window.
    record setup setup --charter cerra || { echo "the setup run failed (see $WORK/train.log)" >&2; exit 1; }
    printf '单位名称\n中华思源工程扶贫基金会\n' >"$WORK/units.csv"
    record import roster import "$WORK/units.csv" || echo "WARNING: the import run failed (see $WORK/train.log)" >&2
    record certificates certificates issue --all --out "$WORK/train-certificates" \
        || echo "WARNING: the certificate run failed (a Chinese font missing?) (see $WORK/train.log)" >&2
    record_window || echo "WARNING: no Xvfb/xdotool or the window did not show: the window's classes are not listed" >&2
    # One list, each line once, in first-seen order (a class after the ones it needs).
    awk '!/^#/ && !seen[$0]++' "$LISTS"/setup.lst $(ls "$LISTS"/*.lst | grep -v /setup.lst) >"$IMAGE/lib/app/classes.lst"
    wc -l "$LISTS"/*.lst "$IMAGE/lib/app/classes.lst"
    rm -rf "$TRAIN" "$WORK/train-certificates"

    step "AppCDS: checking that the list makes an archive that maps"
    # What the postinst will do, here on the image: dump, then start with -Xshare:on (which
    # fails instead of running without the archive).
    env -u JAVA_TOOL_OPTIONS _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$IMAGE/lib/app/classes.lst -XX:SharedArchiveFile=$WORK/check.jsa" \
        "$IMAGE/bin/$NAME" >"$WORK/check-dump.log" 2>&1 || { echo "-Xshare:dump failed (see $WORK/check-dump.log)" >&2; exit 1; }
    env -u JAVA_TOOL_OPTIONS _JAVA_OPTIONS="-XX:SharedArchiveFile=$WORK/check.jsa -Xshare:on" \
        "$IMAGE/bin/$NAME" --data-dir "$WORK/check-data" charters >/dev/null 2>&1 \
        || { echo "the archive made from the list does not map (-Xshare:on failed)" >&2; exit 1; }
    ls -l "$WORK/check.jsa"
    rm -rf "$WORK/check.jsa" "$WORK/check-data"
fi

step "jpackage .deb"
# resources/: the menu entry (English and Chinese names); a postinst that makes the AppCDS archive
# and, like the prerm, only warns where the system has no desktop menu (jpackage's own scripts fail
# the installation and the removal there); a prerm that deletes the archive it made.
jpackage --type deb \
    --app-image "$IMAGE" \
    --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --linux-package-deps "libgtk-3-0, fonts-wqy-microhei, cups-bsd" \
    --linux-shortcut --linux-menu-group Office \
    --icon "$ICON" \
    --resource-dir "$HERE/resources" \
    --dest "$OUT"

# jpackage names it NAME_VERSION-RELEASE_ARCH.deb (package version 0.1.0-1); give it the plain name.
BUILT=$(ls "$OUT/${NAME}_${VERSION}"-*.deb)
DEB="$OUT/${NAME}_${VERSION}_$(dpkg-deb --field "$BUILT" Architecture).deb"
mv "$BUILT" "$DEB"
step "built $DEB"
ls -l "$DEB"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size Depends
