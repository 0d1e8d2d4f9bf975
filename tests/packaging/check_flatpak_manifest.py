#!/usr/bin/env python3
"""Check the Flatpak manifest without flatpak-builder (and without the network).

Usage: check_flatpak_manifest.py MANIFEST SOURCE_DIR

It must parse, name the KDE runtime and SDK, start `sysfence`, fetch every
source from a pinned place, build Sysfence last with CMake from SOURCE_DIR,
and use the app id that the .desktop and metainfo files are named after.
Exits 77 (skip) when the manifest is YAML and PyYAML is not installed.
"""

import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SKIP = 77


def load(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    try:
        import yaml
    except ImportError:
        print(f"SKIP: PyYAML is not installed for {sys.executable} (Debian: apt-get install python3-yaml)")
        sys.exit(SKIP)
    return yaml.safe_load(text)


def main():
    manifest_path = pathlib.Path(sys.argv[1]).resolve()
    source_dir = pathlib.Path(sys.argv[2]).resolve()
    packaging_dir = source_dir / "packaging"
    errors = []

    def check(condition, message):
        if not condition:
            errors.append(message)
        return condition

    manifest = load(manifest_path)
    if not check(isinstance(manifest, dict), "the manifest is not a mapping"):
        return report(manifest_path, errors)

    for key in ("app-id", "runtime", "runtime-version", "sdk", "command", "modules"):
        check(manifest.get(key), f"'{key}' is missing or empty")
    app_id = manifest.get("app-id", "")
    check(manifest.get("runtime") == "org.kde.Platform", "runtime is not org.kde.Platform")
    check(manifest.get("sdk") == "org.kde.Sdk", "sdk is not org.kde.Sdk")
    check(isinstance(manifest.get("runtime-version"), str) and manifest["runtime-version"].startswith("6."),
          "runtime-version is not a quoted Qt 6 branch such as \"6.8\"")
    check(manifest.get("command") == "sysfence", "command is not sysfence")
    check(manifest_path.stem == app_id, f"the manifest file is not named after the app id {app_id}")

    # The desktop integration files are named after the app id, and say it.
    desktop = packaging_dir / f"{app_id}.desktop"
    metainfo = packaging_dir / f"{app_id}.metainfo.xml"
    check(desktop.is_file(), f"{desktop.name} does not exist in packaging/")
    if check(metainfo.is_file(), f"{metainfo.name} does not exist in packaging/"):
        component = ET.parse(metainfo).getroot()
        check(component.findtext("id") == app_id, f"the metainfo's <id> is not {app_id}")
        check(component.findtext("launchable") == f"{app_id}.desktop",
              f"the metainfo's <launchable> is not {app_id}.desktop")
    icon = packaging_dir / "icons" / f"{app_id}.svg"
    check(icon.is_file(), f"icons/{icon.name} does not exist in packaging/")

    modules = manifest.get("modules") or []
    for module in modules:
        if not check(isinstance(module, dict), f"a module is not a mapping (a file reference?): {module!r}"):
            continue
        name = module.get("name", "?")
        sources = module.get("sources") or []
        check(sources, f"module {name} has no sources")
        for source in sources:
            kind = source.get("type")
            if kind == "git":
                check(source.get("url", "").startswith("https://"), f"module {name}: git url is not https")
                check(source.get("tag") or source.get("commit"), f"module {name}: git source has no tag or commit")
                commit = source.get("commit")
                check(commit is None or re.fullmatch(r"[0-9a-f]{40}", commit),
                      f"module {name}: commit is not 40 hex digits")
            elif kind in ("archive", "file"):
                check(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")),
                      f"module {name}: {kind} source has no real sha256")
            elif kind == "dir":
                path = (manifest_path.parent / source.get("path", "")).resolve()
                check(path == source_dir, f"module {name}: dir source {path} is not the checkout {source_dir}")

    if modules and isinstance(modules[-1], dict):
        last = modules[-1]
        check(last.get("name") == "sysfence", "the last module is not sysfence")
        check(last.get("buildsystem") in ("cmake", "cmake-ninja"), "the sysfence module does not build with CMake")
        check(any(s.get("type") == "dir" for s in last.get("sources") or []),
              "the sysfence module does not build the checkout (a dir source)")
        check("-DBUILD_TESTING=OFF" in (last.get("config-opts") or []),
              "the sysfence module builds the tests (-DBUILD_TESTING=OFF missing)")

    finish_args = manifest.get("finish-args") or []
    check("--socket=wayland" in finish_args, "finish-args lack --socket=wayland")
    check("--socket=fallback-x11" in finish_args, "finish-args lack --socket=fallback-x11")
    check("--socket=x11" not in finish_args, "finish-args use --socket=x11 (use fallback-x11)")
    return report(manifest_path, errors)


def report(manifest_path, errors):
    for error in errors:
        print(f"{manifest_path}: error: {error}")
    if errors:
        return 1
    print(f"{manifest_path}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
