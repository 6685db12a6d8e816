# Warnings are errors: a warning left in is a bug report nobody reads.
add_compile_options(-Wall -Wextra -Wpedantic -Werror)

# Force every string that reaches the user through an explicit, encoding-aware conversion.
add_compile_definitions(
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_STRICT_ITERATORS
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(ENABLE_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(ENABLE_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ENABLE_FUZZERS needs clang (-DCMAKE_CXX_COMPILER=clang++): libFuzzer is clang's")
  endif()
  if(NOT CORE_ONLY)
    message(FATAL_ERROR "ENABLE_FUZZERS builds the core only: add -DCORE_ONLY=ON")
  endif()
  # Every library the targets reach is instrumented for coverage; only the targets link
  # libFuzzer's main (tests/fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
