#!/usr/bin/env bash
# Builds the Debian/Ubuntu package target/installer/secretariat_<version>_amd64.deb.
#
#   installer/linux/build-deb.sh [--no-build] [--no-cds]
#
#   --no-build  use target/secretariat.jar and target/lib/ as they are (the Maven profile
#               `installer` passes this: it runs after `package` has built them)
#   --no-cds    ship no AppCDS archive (see installer/README.md for what it saves)
#
# Needs: JDK 17 with jlink and jpackage (Debian: openjdk-17-jdk), Maven (unless --no-build),
# dpkg-deb and fakeroot (jpackage calls them), ImageMagick is NOT needed (the icon is committed).
#
# Steps: Maven package → staging folder (secretariat.jar + lib/, JavaFX stays on the class path)
# → jlink a small runtime (JDK modules only, no JavaFX) → jpackage an app image → run it once to
# record an AppCDS archive of the classes a start loads → jpackage the .deb from that image.
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
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
JAVA_OPTIONS="-Xmx512m -Dfile.encoding=UTF-8"

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
JLINK_FLAGS=(--strip-debug --no-header-files --no-man-pages --include-locales=en,zh)
if [ "$CDS" = 1 ]; then
    # The app's AppCDS archive (below) is layered on the JDK's own class-data archive
    # (lib/server/classes.jsa), which a jlink'd runtime lacks. jlink 17's --generate-cds-archive
    # runs bin/java after --strip-native-commands has removed it ("Cannot find java executable"),
    # so link with the commands, write the archive, then strip bin/ by hand: the same result.
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --generate-cds-archive --output "$WORK/runtime"
    rm -rf "$WORK/runtime/bin"
else
    jlink --add-modules "$MODULES" "${JLINK_FLAGS[@]}" --strip-native-commands --output "$WORK/runtime"
fi
du -sh "$WORK/runtime"

# jpackage stores --java-options in lib/app/secretariat.cfg; $APPDIR is lib/app at run time.
OPTIONS="$JAVA_OPTIONS"
[ "$CDS" = 1 ] && OPTIONS="$OPTIONS -XX:ArchiveClassesAtExit=\$APPDIR/app.jsa"

step "jpackage app image"
jpackage --type app-image \
    --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" \
    --java-options "$OPTIONS" \
    --icon "$ICON" \
    --dest "$WORK/image"
IMAGE="$WORK/image/$NAME"
CFG="$IMAGE/lib/app/$NAME.cfg"

# Records the classes the window loads: starts the image's launcher on a private Xvfb display,
# waits until its window is visible and the home screen has loaded, then ends it (the JVM writes
# the archive at exit, SIGTERM included). Returns 1 if Xvfb or xdotool is missing.
train_window() {
    command -v Xvfb >/dev/null && command -v xdotool >/dev/null || return 1
    local n=90 xpid pid waited=0
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    until [ -e "/tmp/.X11-unix/X$n" ]; do
        sleep 0.1; waited=$((waited + 1))
        [ $waited -lt 100 ] || { kill "$xpid"; return 1; }
    done
    DISPLAY=":$n" "$IMAGE/bin/$NAME" --data-dir "$TRAIN" >"$WORK/train-window.log" 2>&1 &
    pid=$!
    waited=0
    until DISPLAY=":$n" xdotool search --onlyvisible --name Secretariat >/dev/null 2>&1; do
        sleep 0.2; waited=$((waited + 1))
        if [ $waited -ge 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true; kill "$xpid"
            echo "the window did not show (see $WORK/train-window.log)" >&2
            return 1
        fi
    done
    sleep 6 # the home screen loads its data (H2, Hibernate) in the background
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    kill "$xpid"
    wait "$xpid" 2>/dev/null || true
}

if [ "$CDS" = 1 ]; then
    step "AppCDS: recording the classes a start loads"
    # Runs of the image's own launcher (same runtime, same class path as installed) write
    # lib/app/app.jsa at exit. First a command sets up an organisation in a throw-away data folder
    # (that run alone records the charter profiles, H2, Flyway and Hibernate); then, where Xvfb and
    # xdotool exist, the window is opened on that folder and its archive replaces the first: it
    # covers JavaFX as well, and halves the window's start (installer/README.md has the numbers).
    TRAIN="$WORK/train-data"
    "$IMAGE/bin/$NAME" --data-dir "$TRAIN" setup --charter cerra >"$WORK/train-setup.log" 2>&1
    if cp "$IMAGE/lib/app/app.jsa" "$WORK/app-setup.jsa" && rm -f "$IMAGE/lib/app/app.jsa" && train_window \
            && [ -s "$IMAGE/lib/app/app.jsa" ]; then
        echo "trained on the window"
    else
        echo "WARNING: no Xvfb/xdotool or the window failed: the archive covers a command start only" >&2
        cp "$WORK/app-setup.jsa" "$IMAGE/lib/app/app.jsa"
    fi
    rm -rf "$TRAIN" "$WORK/app-setup.jsa"
    [ -s "$IMAGE/lib/app/app.jsa" ] || { echo "no AppCDS archive was written" >&2; exit 1; }
    # From now on the launcher reads the archive instead of writing it.
    sed -i 's|-XX:ArchiveClassesAtExit=\$APPDIR/app.jsa|-XX:SharedArchiveFile=$APPDIR/app.jsa|' "$CFG"
    grep -q 'SharedArchiveFile=\$APPDIR/app.jsa' "$CFG" || { echo "could not switch $CFG to the archive" >&2; exit 1; }
    # The archive is only used if it matches the runtime and every jar: check that it maps.
    echo "java-options=-Xshare:on" >>"$CFG"
    "$IMAGE/bin/$NAME" --data-dir "$WORK/check-data" charters >/dev/null \
        || { echo "the AppCDS archive does not map (-Xshare:on failed)" >&2; exit 1; }
    sed -i '/^java-options=-Xshare:on$/d' "$CFG"
    rm -rf "$WORK/check-data"
    ls -l "$IMAGE/lib/app/app.jsa"
fi

step "jpackage .deb"
# resources/: the menu entry (English and Chinese names) and postinst/prerm scripts that only warn
# where the system has no desktop menu (jpackage's own fail the installation and the removal there).
jpackage --type deb \
    --app-image "$IMAGE" \
    --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --linux-package-deps "libgtk-3-0, fonts-wqy-microhei" \
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
