# Install rules for desktop integration and the sample project, and the CPack set-up for the
# Debian package. Included from the top-level CMakeLists.txt; the executable's own install rule is
# in app/CMakeLists.txt.
include(GNUInstallDirs)

set(EL_APP_ID org.equitylogic.EquityLogic)
set(EL_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR}/linux)
set(EL_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)

install(FILES ${PROJECT_SOURCE_DIR}/resources/sample/luton-health-equity-town.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/equitylogic)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/equitylogic
        RENAME copyright)
# The user guide (Help → User Guide shows the copy bundled in the resources).
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/equitylogic)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/equitylogic/screenshots FILES_MATCHING PATTERN "*.png")

# Freedesktop integration: the menu entry, software-centre metadata, the project file's MIME
# type (so a double click opens it) and the icons. Windows and macOS: see packaging/README.md.
if(UNIX AND NOT APPLE AND EL_BUILD_APP)
  install(FILES ${EL_LINUX_DIR}/${EL_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${EL_LINUX_DIR}/${EL_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${EL_LINUX_DIR}/equitylogic-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME equitylogic.xml)

  set(hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${EL_ICON_DIR}/equitylogic.svg DESTINATION ${hicolor}/scalable/apps
          RENAME ${EL_APP_ID}.svg)
  install(FILES ${EL_ICON_DIR}/equitylogic.svg DESTINATION ${hicolor}/scalable/mimetypes
          RENAME application-x-equitylogic-project.svg)
  foreach(size 16 32 48 64 128 256)
    install(FILES ${EL_ICON_DIR}/png/equitylogic-${size}.png
            DESTINATION ${hicolor}/${size}x${size}/apps RENAME ${EL_APP_ID}.png)
    install(FILES ${EL_ICON_DIR}/png/equitylogic-${size}.png
            DESTINATION ${hicolor}/${size}x${size}/mimetypes
            RENAME application-x-equitylogic-project.png)
  endforeach()
endif()

# The Debian package (packaging/build-deb.sh). The shared-library scan finds Qt's libraries but
# not the plugins Qt loads at run time, so those are named by hand.
set(CPACK_PACKAGE_NAME equitylogic)
set(CPACK_PACKAGE_VENDOR "Equity Logic contributors")
set(CPACK_PACKAGE_CONTACT "Equity Logic maintainers <maintainers@equitylogic.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Logic models checked against the Marmot principles")
set(CPACK_PACKAGE_DESCRIPTION
    "Equity Logic is an editor for logic models and theories of change, made for public-health \
teams in Marmot Places. It tags each chain with the eight Marmot principles of health equity, \
attaches indicators with baselines and targets, checks every chain, and exports the diagrams \
for evaluation reports. A project is one file that is safe to send by email.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Card titles in Bengali, Urdu, Punjabi, Gujarati and most other scripts need a font that has them,
# or they show and print as empty boxes; fonts-noto-core covers them (12 MB). Chinese, Japanese and
# Korean need fonts-noto-cjk, five times larger, so it is only suggested.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
include(CPack)
