#!/usr/bin/env bash
# Run a distribution's validator on a packaging file, or skip (exit status 77)
# when the validator is not installed here.
#
# Usage: validate.sh DEBIAN-PACKAGE TOOL [ARG...]
set -euo pipefail

package=$1 tool=$2
shift 2
if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian: apt-get install $package)"
    exit 77
fi
echo "+ $tool $*"
exec "$tool" "$@"
