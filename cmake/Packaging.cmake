# Installation into the standard places and the Debian package (cpack -G DEB in the build folder).
include(GNUInstallDirs)

set(LEAKYLAB_APP_ID org.leakylab.LeakyLab)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${LEAKYLAB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${LEAKYLAB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/leakylab-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/leakylab.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${LEAKYLAB_APP_ID}.svg)

set(CPACK_PACKAGE_NAME leakylab)
set(CPACK_PACKAGE_VENDOR "The LeakyLab developers")
set(CPACK_PACKAGE_CONTACT "The LeakyLab developers <leakylab@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teach LeakyReLU against ReLU, computed exactly as PyTorch does")
set(CPACK_PACKAGE_DESCRIPTION "A desktop lab for teaching activation functions: LeakyReLU against ReLU, \
their derivatives, PyTorch-exact tensor printing and a training simulation that shows dying ReLU units.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY leakylab)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # leakylab_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The shared libraries (Qt 6, QCustomPlot) are found by dpkg-shlibdeps; the rest is data.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# fonts-noto-cjk draws the Chinese translation; qt6-translations-l10n puts Qt's own dialog buttons in it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
