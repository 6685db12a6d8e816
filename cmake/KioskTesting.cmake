# A PostgreSQL cluster for the server's tests (scripts/test-postgres.sh starts one), as a URI
# without a database: postgresql://postgres@127.0.0.1:55432/. Empty: SQLite only.
set(MK_TEST_POSTGRES "" CACHE STRING "PostgreSQL cluster URI for the server tests' PostgreSQL variants")

# One helper for every test binary: one QtTest class per binary, labelled by kind.
#   mk_add_test(tst_outboxstore KIND unit SOURCES tst_outboxstore.cpp LIBS mk_storage)
# A test of the server's store says POSTGRESQL: with MK_TEST_POSTGRES set, it runs a second time
# as NAME_postgresql against that cluster (label `postgresql`). POSTGRESQL_ONLY: a test of what
# only PostgreSQL does, registered only then.
function(mk_add_test name)
  cmake_parse_arguments(T "POSTGRESQL;POSTGRESQL_ONLY" "KIND;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  if(NOT T_KIND MATCHES "^(unit|integration|gui|fuzz)$")
    message(FATAL_ERROR "mk_add_test(${name}): KIND must be unit, integration, gui or fuzz")
  endif()
  if(T_POSTGRESQL_ONLY AND NOT MK_TEST_POSTGRES)
    return()
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test mk_testsupport ${T_LIBS})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  # Views are tested on a screen the size of a kiosk's (the offscreen default is 800x800,
  # smaller than the windows): a touch replayed by a scrolling page's flick gesture goes to
  # whatever is on the screen at that point, so the whole window must be on it.
  set(platform "offscreen:configfile=${PROJECT_SOURCE_DIR}/tests/gui/offscreen-screen.json")
  set(environment "QT_QPA_PLATFORM=${platform};LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false")
  set(postgres_environment "${environment};MK_TEST_POSTGRES=${MK_TEST_POSTGRES}")
  if(NOT T_POSTGRESQL_ONLY)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
      LABELS ${T_KIND} TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${environment}")
  endif()
  if(MK_TEST_POSTGRES AND (T_POSTGRESQL OR T_POSTGRESQL_ONLY))
    add_test(NAME ${name}_postgresql COMMAND ${name})
    set_tests_properties(${name}_postgresql PROPERTIES
      LABELS "${T_KIND};postgresql" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${postgres_environment}")
  endif()
endfunction()

# The same test binary again with the wall clock far wrong (libfaketime; the monotonic clock,
# which timers use, stays true, as on a kiosk whose clock battery or NTP failed).
#   mk_add_clock_skew_test(tst_idlereset "1970-01-02 00:00:00")
function(mk_add_clock_skew_test name clock)
  string(SUBSTRING "${clock}" 0 4 year)
  get_test_property(${name} LABELS labels)
  get_test_property(${name} ENVIRONMENT environment)
  add_test(NAME ${name}_clock${year} COMMAND faketime -f "@${clock}" $<TARGET_FILE:${name}>)
  set_tests_properties(${name}_clock${year} PROPERTIES
    LABELS "${labels}" TIMEOUT 120 ENVIRONMENT "${environment};DONT_FAKE_MONOTONIC=1")
endfunction()
