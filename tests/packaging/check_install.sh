#!/usr/bin/env bash
# Install the build into a scratch prefix with `cmake --install` and check what
# a distribution would ship: the programs, the desktop integration files in
# their FHS places, and that the installed programs run and speak Chinese with
# the translations compiled into them (nothing is installed under share/ for
# them).
#
# Usage: check_install.sh BUILD_DIR VERSION
set -euo pipefail

build_dir=$1 version=$2
app_id=io.github.sysfence.Sysfence

scratch=$(mktemp -d "${TMPDIR:-/tmp}/sysfence-install.XXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
prefix=$scratch/usr

fail() { echo "FAIL: $*"; exit 1; }

# In a sanitizer build (CI job 2) this test is about what gets installed, not
# about leaks: a leak reported at exit from a system library used by the GUI's
# start-up must not fail it. The Qt Test suites keep leak detection on.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

cmake --install "$build_dir" --prefix "$prefix" >"$scratch/install.log" ||
    { cat "$scratch/install.log"; fail "cmake --install failed"; }

expected=(
    bin/sysfence
    bin/sysfence-cli
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/doc/sysfence/copyright
)
for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    [[ -s $prefix/$f ]] || fail "not installed: $f"
done
for f in bin/sysfence bin/sysfence-cli; do
    [[ -x $prefix/$f ]] || fail "not executable: $f"
done
# Nothing else: a stray file here would end up in the .deb too.
unexpected=$(cd "$prefix" && find . -type f -printf '%P\n' | sort | grep -vxF -f <(printf '%s\n' "${expected[@]}")) ||
    true
[[ -z $unexpected ]] || fail "installed but not expected:"$'\n'"$unexpected"
echo "installed ${#expected[@]} files under $prefix"

out=$("$prefix/bin/sysfence-cli" --version)
[[ $out == *"$version"* ]] || fail "sysfence-cli --version says '$out', not $version"

# The translations are in the binary (resource :/i18n), so they work from any prefix.
zh='seccomp 配置文件'
out=$(env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$prefix/bin/sysfence-cli" --help)
[[ $out == *"$zh"* ]] || fail "LANG=zh_CN.UTF-8 sysfence-cli --help is not in Chinese:"$'\n'"$out"
out=$(env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$prefix/bin/sysfence-cli" --help)
[[ $out != *"$zh"* ]] || fail "LANG=C.UTF-8 sysfence-cli --help is in Chinese"
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/sysfence" --lang zh_CN --help)
[[ $out == *"$zh"* ]] || fail "sysfence --lang zh_CN --help is not in Chinese:"$'\n'"$out"
echo "installed sysfence-cli and sysfence use the compiled-in zh_CN translation"

QT_QPA_PLATFORM=offscreen "$prefix/bin/sysfence" --screenshot "$scratch/shot.png"
[[ -s $scratch/shot.png ]] || fail "the installed sysfence wrote no screenshot"
echo "installed sysfence rendered its window ($(stat -c %s "$scratch/shot.png") bytes of PNG)"
