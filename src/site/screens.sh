#!/bin/sh
# Regenerates the README's screenshots: ScreenGallery (a test-scope program) opens the real main
# window at 1440×900 in Chinese on a year of sample records, walks through every screen and writes
# a PNG of each next to this script (home, roster, import, cases, meetings, activities,
# certificates, reports, fees, safety, settings, setup).
# Run from the project root: sh src/site/screens.sh
# Rendered headless by JavaFX's Monocle with its software pipeline and the machine's fonts (a CJK
# font must be installed: fonts-wqy-microhei or fonts-noto-cjk). SCREENS_DISPLAY=gtk renders under
# xvfb-run with the desktop's GTK glass instead.
set -eu
here=$(dirname "$0")
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/gallery-cp.txt
cp="target/classes:target/test-classes:$(cat target/gallery-cp.txt)"
main=org.secretariat.ui.ScreenGallery
if [ "${SCREENS_DISPLAY:-monocle}" = gtk ]; then
    xvfb-run -a -s "-screen 0 1440x900x24" java -Duser.language=zh -Duser.country=CN -Dprism.order=sw \
        -cp "$cp" $main "${SCREENS_OUT:-$here}"
else
    java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1440x900-32 \
        -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
        -Duser.language=zh -Duser.country=CN -cp "$cp" $main "${SCREENS_OUT:-$here}"
fi
