# Debian packages for IT staff: `cpack -G DEB` in a build directory makes municipal-kiosk and
# municipal-server (scripts/package.sh does it with Debian's hardening flags). Each program,
# its unit files, templates and maintainer scripts are one install component.
include(GNUInstallDirs)

set(MK_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
set(MK_DEB_MAINTAINER "Municipal Kiosk maintainers <kiosk-maintainers@municipio.example>")
string(TIMESTAMP MK_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)

# Debian wants a changelog and a copyright file in each package's doc directory; the
# changelog compressed without a timestamp (gzip -n), so that the build is reproducible.
find_program(MK_GZIP gzip REQUIRED)
foreach(component kiosk server)
  set(MK_DEB_PACKAGE municipal-${component})
  set(MK_DEB_VERSION ${PROJECT_VERSION})
  configure_file(${MK_PACKAGING_DIR}/debian/changelog.in
    ${CMAKE_BINARY_DIR}/packaging/${component}/changelog @ONLY)
  add_custom_command(
    OUTPUT ${CMAKE_BINARY_DIR}/packaging/${component}/changelog.gz
    COMMAND ${MK_GZIP} -9nf -k ${CMAKE_BINARY_DIR}/packaging/${component}/changelog
    DEPENDS ${CMAKE_BINARY_DIR}/packaging/${component}/changelog
    VERBATIM)
  list(APPEND mk_changelogs ${CMAKE_BINARY_DIR}/packaging/${component}/changelog.gz)
  set(doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/municipal-${component})
  install(FILES ${MK_PACKAGING_DIR}/debian/copyright
                ${CMAKE_BINARY_DIR}/packaging/${component}/changelog.gz
                ${CMAKE_SOURCE_DIR}/docs/operations.md
          DESTINATION ${doc_dir} COMPONENT ${component})
endforeach()
add_custom_target(mk_package_changelogs ALL DEPENDS ${mk_changelogs})

# Manual pages made from the programs' own --help (help2man), for the packages' builds only.
if(MK_PACKAGING)
  find_program(MK_HELP2MAN help2man REQUIRED)
  set(mk_summary_kiosk "touch-screen information and participation kiosk for municipalities")
  set(mk_summary_server "central server for Municipal Kiosk touch-screen kiosks")
  foreach(component kiosk server)
    set(page ${CMAKE_BINARY_DIR}/packaging/${component}/municipal-${component}.1)
    add_custom_command(
      OUTPUT ${page}.gz
      COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
              ${MK_HELP2MAN} --no-info --name ${mk_summary_${component}}
              --version-string ${PROJECT_VERSION} --output ${page}
              $<TARGET_FILE:municipal-${component}>
      COMMAND ${MK_GZIP} -9nf ${page}
      DEPENDS municipal-${component}
      VERBATIM)
    list(APPEND mk_manpages ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
  endforeach()
  add_custom_target(mk_package_manpages ALL DEPENDS ${mk_manpages})
endif()

# The kiosk: program, configuration template (postinst copies it to /etc once), the console
# session unit.
install(FILES ${MK_SOURCE_DATA_DIR}/config/kiosk.conf.example
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/municipal-kiosk COMPONENT kiosk)
install(FILES ${MK_PACKAGING_DIR}/systemd/municipal-kiosk.service
        DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/docs/clerks.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/municipal-kiosk COMPONENT kiosk)

# The server: program, configuration template, demo municipality (load-demo), nginx site,
# service and monthly compaction.
install(FILES ${MK_SOURCE_DATA_DIR}/config/server.conf.example
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/municipal-server COMPONENT server)
install(DIRECTORY ${MK_SOURCE_DATA_DIR}/demo/
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/municipal-server/demo COMPONENT server)
install(FILES ${MK_PACKAGING_DIR}/nginx/municipal-server.conf
              ${MK_PACKAGING_DIR}/nginx/municipal-server-cluster.conf
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/municipal-server/nginx COMPONENT server)
install(FILES ${MK_PACKAGING_DIR}/systemd/municipal-server.service
              ${MK_PACKAGING_DIR}/systemd/municipal-server@.service
              ${MK_PACKAGING_DIR}/systemd/municipal-server-compact.service
              ${MK_PACKAGING_DIR}/systemd/municipal-server-compact.timer
        DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${CMAKE_SOURCE_DIR}/docs/protocol.md ${CMAKE_SOURCE_DIR}/docs/server-storage.md
              ${CMAKE_SOURCE_DIR}/docs/scaling.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/municipal-server COMPONENT server)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME municipal-kiosk)
set(CPACK_PACKAGE_VENDOR "Municipal Kiosk")
set(CPACK_PACKAGE_CONTACT ${MK_DEB_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MK_DEB_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Debian 12's cage does not depend on xwayland but will not start without it.
# Depends on the shared libraries the programs link (Qt's among them), worked out by
# dpkg-shlibdeps, plus what is loaded at run time, which it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME municipal-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
# The first line is the synopsis; Debian wants lines under 80 characters. An empty project
# summary keeps CPack from putting its own synopsis in front of each package's.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION
  "touch-screen information and participation kiosk for municipalities
Shows what the municipality publishes (news, services and their live status,
events and calls, legal texts) from a local cache synced from a
municipal-server, and keeps what citizens send (complaints, suggestions,
surveys, forum posts) in a durable outbox that uploads when the network
allows. Runs full screen at boot in a cage Wayland session.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
  "adduser, cage, xwayland, qt6-wayland, libqt6sql6-sqlite, libqt6svg6, qt6-virtualkeyboard-plugin, qml6-module-qtquick-virtualkeyboard, qml6-module-qtqml-workerscript, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qt-labs-folderlistmodel, fonts-dejavu-core")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, cups-client")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME municipal-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
  "central server for Municipal Kiosk touch-screen kiosks
Keeps the municipality's content and its change feed (long poll), serves
images and PDFs, receives citizens' submissions exactly once, answers Open311
clients, and gives editors a command line to publish. Listens on 127.0.0.1;
nginx in front terminates TLS.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "nginx | httpd, poppler-utils")
# The PostgreSQL backend (storage/backend = postgresql) for several server processes.
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")

# Each package's maintainer scripts, from packaging/debian/<component>/.
foreach(component kiosk server)
  string(TOUPPER ${component} upper)
  set(CPACK_DEBIAN_${upper}_PACKAGE_CONTROL_EXTRA
    ${MK_PACKAGING_DIR}/debian/${component}/postinst
    ${MK_PACKAGING_DIR}/debian/${component}/prerm
    ${MK_PACKAGING_DIR}/debian/${component}/postrm)
  set(CPACK_DEBIAN_${upper}_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endforeach()

include(CPack)
