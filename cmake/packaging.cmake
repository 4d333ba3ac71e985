# cpack -G DEB (run in the build directory) makes stockroom_<version>_<arch>.deb: the app, stockroomctl,
# translations, the desktop entry and the icon under /usr. dpkg-shlibdeps computes the dependencies on
# Debian's Qt libraries from the binaries; what they load at run time is named here: Qt's PostgreSQL
# driver (a plugin), the PostgreSQL server for the embedded cluster, and the platform plugins' package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stockroom)
set(CPACK_PACKAGE_VENDOR "Stockroom")
set(CPACK_PACKAGE_CONTACT "Stockroom developers <developers@stockroom.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Stockroom keeps warehouse and store stock in a PostgreSQL ledger whose rules live \
in the database: stock is never oversold, never lost, and every unit can be traced. The desktop app runs \
its own private PostgreSQL cluster unless it joins a shared server; stockroomctl runs every ledger \
operation from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, postgresql-15 | postgresql (>= 15)")
set(CPACK_STRIP_FILES ON)
include(CPack)
