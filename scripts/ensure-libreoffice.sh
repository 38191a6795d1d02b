#!/usr/bin/env bash
# The document tests render each DOCX to PDF with LibreOffice and read the PDF back with
# pdftotext, as a clerk's printer would see it: both come from Debian, installed with apt-get the
# first time, as root, without prompts. Source this file: it exports SOFFICE and PDFTOTEXT.
SOFFICE=${SOFFICE:-/usr/bin/soffice}
PDFTOTEXT=${PDFTOTEXT:-/usr/bin/pdftotext}
if [[ ! -x $SOFFICE || ! -x $PDFTOTEXT ]]; then
  echo "▸ installing LibreOffice and poppler-utils for the document tests (first run only, ≈ 2–4 min)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation >/dev/null
  [[ -x $SOFFICE && -x $PDFTOTEXT ]] || { echo "✗ LibreOffice or pdftotext did not install" >&2; exit 1; }
fi
export SOFFICE PDFTOTEXT
