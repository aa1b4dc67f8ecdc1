#!/bin/sh
# Regenerates the README's document gallery: writes one PDF of each document the app prints
# (DocumentGallery, a test-scope program with a year of sample records), converts the statistics
# workbook with LibreOffice and renders the first page of each as a PNG next to this script.
# Run from the project root: sh src/site/documents/render.sh   (needs pdftoppm and soffice)
set -eu
here=$(dirname "$0")
out=$(mktemp -d)
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/gallery-cp.txt
java -cp "target/classes:target/test-classes:$(cat target/gallery-cp.txt)" org.secretariat.service.DocumentGallery "$out"
soffice --headless --convert-to pdf --outdir "$out" "$out/statistics.xlsx" >/dev/null
for pdf in "$out"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$here/$name"
done
rm -rf "$out"
