#!/usr/bin/env bash
# Builds the macOS disk image target/installer/Secretariat-<version>.dmg (Secretariat.app inside).
#
#   installer/macos/build-dmg.sh [--no-build] [--no-cds]
#
#   --no-build  use target/secretariat.jar and target/lib/ as they are (the Maven profile
#               `installer` passes this: it runs after `package` has built them)
#   --no-cds    ship no AppCDS archive
#
# Needs, on a Mac (Intel or Apple silicon; the .dmg is for the architecture it is built on):
# JDK 17 for that architecture with jlink and jpackage, Maven (unless --no-build), and the Xcode
# command line tools (`xcode-select --install`: codesign, SetFile; jpackage also uses hdiutil and
# osascript, which macOS has). No Apple developer certificate: the app is signed ad hoc, so the
# first start needs right-click → Open (or System Settings → Privacy & Security → Open Anyway).
#
# Steps as in installer/linux/build-deb.sh: Maven package → staging folder (secretariat.jar +
# lib/, JavaFX stays on the class path; its mac jars come from the Maven build on the Mac) → jlink
# a runtime with the JDK modules only → jpackage an app image → record an AppCDS archive by
# opening the window once → jpackage the .dmg from that image.
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

NAME=Secretariat
MAIN_CLASS=org.secretariat.Launcher
VERSION=${APP_VERSION:-$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)}
VERSION=${VERSION%-SNAPSHOT}
VENDOR="Secretariat project"
DESCRIPTION="Offline member roster, charter procedures, meetings and documents for the secretariat of a Chinese alliance or association"
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs
JAVA_OPTIONS="-Xmx512m -Dfile.encoding=UTF-8"

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
    # See build-deb.sh: jlink 17's --generate-cds-archive needs bin/java, which
    # --strip-native-commands removes first; so link with the commands and remove them after.
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --generate-cds-archive --output "$WORK/runtime"
    rm -rf "$WORK/runtime/bin"
else
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --strip-native-commands --output "$WORK/runtime"
fi

OPTIONS="$JAVA_OPTIONS"
[ "$CDS" = 1 ] && OPTIONS="$OPTIONS -XX:ArchiveClassesAtExit=\$APPDIR/app.jsa"

step "jpackage app image"
jpackage --type app-image \
    --name "$NAME" --app-version "$JP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --input "$WORK/input" --main-jar secretariat.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --java-options "$OPTIONS" \
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

if [ "$CDS" = 1 ]; then
    step "AppCDS: recording the classes a start loads"
    TRAIN="$WORK/train-data"
    # 1. a command sets up an organisation in a throw-away data folder (its archive is kept only
    #    if the window run fails);
    "$LAUNCHER" --data-dir "$TRAIN" setup --charter cerra >"$WORK/train-setup.log" 2>&1
    mv "$APP/Contents/app/app.jsa" "$WORK/app-setup.jsa"
    # 2. the window opens on it (it shows within a few seconds; the home screen then loads its
    #    data), and is ended with SIGTERM, on which the JVM writes the archive as it exits.
    "$LAUNCHER" --data-dir "$TRAIN" >"$WORK/train-window.log" 2>&1 &
    pid=$!
    sleep 20
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -s "$APP/Contents/app/app.jsa" ]; then
        echo "trained on the window"
        rm -f "$WORK/app-setup.jsa"
    else
        echo "WARNING: the window run wrote no archive: the archive covers a command start only" >&2
        mv "$WORK/app-setup.jsa" "$APP/Contents/app/app.jsa"
    fi
    rm -rf "$TRAIN"
    sed -i '' 's|-XX:ArchiveClassesAtExit=\$APPDIR/app.jsa|-XX:SharedArchiveFile=$APPDIR/app.jsa|' "$CFG"
    # The archive is used only if it matches the runtime and every jar: check that it maps.
    echo "java-options=-Xshare:on" >>"$CFG"
    if "$LAUNCHER" --data-dir "$WORK/check-data" charters >/dev/null; then
        sed -i '' '/^java-options=-Xshare:on$/d' "$CFG"
    else
        echo "WARNING: the AppCDS archive does not map (-Xshare:on failed): shipping without it" >&2
        sed -i '' -e '/^java-options=-Xshare:on$/d' -e '/^java-options=-XX:SharedArchiveFile=/d' "$CFG"
        rm -f "$APP/Contents/app/app.jsa"
    fi
    rm -rf "$WORK/check-data"
fi

# Info.plist, the .cfg and app.jsa changed after jpackage built the bundle: seal it again (ad hoc;
# Apple silicon runs no unsigned code).
codesign --force --deep --sign - "$APP"

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
