# INTERFACE targets carry the warning flags and the Qt defines that keep
# string conversions explicit; every Sysfence target links them.
add_library(sysfence_warnings INTERFACE)
add_library(Sysfence::Warnings ALIAS sysfence_warnings)

target_compile_options(sysfence_warnings INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor)
if(SYSFENCE_WERROR)
    target_compile_options(sysfence_warnings INTERFACE -Werror)
endif()

# Product code spells every string's encoding; tests link only the warnings.
add_library(sysfence_strict_strings INTERFACE)
add_library(Sysfence::StrictStrings ALIAS sysfence_strict_strings)
target_compile_definitions(sysfence_strict_strings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(SYSFENCE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz harnesses need coverage feedback from the code they exercise.
if(SYSFENCE_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
