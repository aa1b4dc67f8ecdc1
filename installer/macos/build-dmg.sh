#!/usr/bin/env bash
# Builds the macOS disk image target/installer/Secretariat-<version>.dmg (Secretariat.app inside).
#
#   installer/macos/build-dmg.sh [--no-build] [--no-cds]
#
#   --no-build  use target/secretariat.jar and target/lib/ as they are (the Maven profile
#               `installer` passes this: it runs after `package` has built them)
#   --no-cds    leave out the JDK's class-data archive (lib/server/classes.jsa, about 12 MB)
#
# Needs, on a Mac (Intel or Apple silicon; the .dmg is for the architecture it is built on):
# JDK 17 for that architecture with jlink and jpackage, Maven (unless --no-build), and the Xcode
# command line tools (`xcode-select --install`: codesign, SetFile; jpackage also uses hdiutil and
# osascript, which macOS has). No Apple developer certificate: the app is signed ad hoc, so the
# first start needs right-click → Open (or System Settings → Privacy & Security → Open Anyway).
#
# Steps as in installer/linux/build-deb.sh: Maven package → staging folder (secretariat.jar +
# lib/, JavaFX stays on the class path; its mac jars come from the Maven build on the Mac) → jlink
# a runtime with the JDK modules only, with the JDK's own class-data archive → jpackage an app
# image → jpackage the .dmg from that image.
#
# No AppCDS archive of the app's classes: JDK 17 maps one only for the exact class path (paths,
# jar times) it was made with, and Secretariat.app is copied wherever the user drops it.
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
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

NAME=Secretariat
MAIN_CLASS=org.secretariat.Launcher
VERSION=${APP_VERSION:-$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)}
VERSION=${VERSION%-SNAPSHOT}
VENDOR="Secretariat project"
DESCRIPTION="Offline member roster, charter procedures, meetings and documents for the secretariat of a Chinese alliance or association"
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs
# the window's JVM options are WindowJvm.OPTIONS (decision 0027)
JAVA_OPTIONS="-Xmx512m -Dfile.encoding=UTF-8 -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"

# jpackage 17 refuses a macOS --app-version whose first number is 0 ("The first number in an
# app-version cannot be zero or negative"), an old Apple rule. For 0.x.y it is given 1.0.0 and the
# real version is written into Info.plist afterwards, so Finder shows 0.x.y.
JP_VERSION=$VERSION
case "$VERSION" in 0.*|0) JP_VERSION=1.0.0 ;; esac

TARGET="$ROOT/target"
WORK="$TARGET/installer-work"
OUT="$TARGET/installer"
ICON="$ROOT/installer/icon/secretariat.icns"

[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh runs on macOS only" >&2; exit 1; }
for tool in jlink jpackage codesign hdiutil /usr/libexec/PlistBuddy; do
    command -v "$tool" >/dev/null || { echo "$tool not found (JDK 17 on PATH; xcode-select --install)" >&2; exit 1; }
done
JAVA_MAJOR=$(jlink --version | cut -d. -f1)
[ "$JAVA_MAJOR" -ge 17 ] || { echo "jlink $JAVA_MAJOR found; JDK 17 or newer is needed" >&2; exit 1; }

step() { printf '\n== [%3ds] %s\n' "$SECONDS" "$*"; }

if [ "$BUILD" = 1 ]; then
    step "mvn package"
    mvn -q -DskipTests package
fi
[ -f "$TARGET/secretariat.jar" ] && [ -d "$TARGET/lib" ] || { echo "target/secretariat.jar or target/lib/ missing: run mvn package" >&2; exit 1; }
ls "$TARGET"/lib/javafx-graphics-*-mac*.jar >/dev/null 2>&1 \
    || { echo "target/lib has no javafx-*-mac*.jar: build the jar on the Mac (Maven picks JavaFX for the OS it runs on)" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/input/lib" "$OUT"

step "staging secretariat.jar and lib/"
cp "$TARGET/secretariat.jar" "$WORK/input/"
cp "$TARGET"/lib/*.jar "$WORK/input/lib/"

step "jlink runtime ($MODULES)"
JLINK_FLAGS=(--strip-debug --no-header-files --no-man-pages --include-locales=en,zh)
if [ "$CDS" = 1 ]; then
    # --generate-cds-archive writes the JDK's own class-data archive, which a jlink'd runtime
    # otherwise lacks (it is relocatable). jlink 17 runs bin/java for it after
    # --strip-native-commands has removed it ("Cannot find java executable"), so link with the
    # commands and remove bin/ after: the same result.
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --generate-cds-archive --output "$WORK/runtime"
    rm -rf "$WORK/runtime/bin"
else
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --strip-native-commands --output "$WORK/runtime"
fi

step "jpackage app image"
jpackage --type app-image \
    --name "$NAME" --app-version "$JP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --input "$WORK/input" --main-jar secretariat.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --java-options "$JAVA_OPTIONS" \
    --mac-package-name "$NAME" --mac-package-identifier org.secretariat.Secretariat \
    --mac-app-category public.app-category.business \
    --icon "$ICON" \
    --dest "$WORK/image"
APP="$WORK/image/$NAME.app"
CFG="$APP/Contents/app/$NAME.cfg"
LAUNCHER="$APP/Contents/MacOS/$NAME"

if [ "$JP_VERSION" != "$VERSION" ]; then
    /usr/libexec/PlistBuddy -c "Set :CFBundleShortVersionString $VERSION" -c "Set :CFBundleVersion $VERSION" "$APP/Contents/Info.plist"
    sed -i '' "s|-Djpackage.app-version=$JP_VERSION|-Djpackage.app-version=$VERSION|" "$CFG"
fi

# Info.plist and the .cfg may have changed after jpackage built the bundle: seal it again (ad hoc;
# Apple silicon runs no unsigned code).
codesign --force --deep --sign - "$APP"

# A quick look that the image runs: it lists the charter profiles.
"$LAUNCHER" --data-dir "$WORK/check-data" charters >/dev/null
rm -rf "$WORK/check-data"

step "jpackage .dmg"
rm -f "$OUT/$NAME-$JP_VERSION.dmg" "$OUT/$NAME-$VERSION.dmg"
jpackage --type dmg \
    --app-image "$APP" \
    --name "$NAME" --app-version "$JP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --mac-package-name "$NAME" --mac-package-identifier org.secretariat.Secretariat \
    --icon "$ICON" \
    --dest "$OUT"
[ "$JP_VERSION" = "$VERSION" ] || mv "$OUT/$NAME-$JP_VERSION.dmg" "$OUT/$NAME-$VERSION.dmg"

step "built $OUT/$NAME-$VERSION.dmg"
ls -l "$OUT/$NAME-$VERSION.dmg"
