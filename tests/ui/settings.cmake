# The integrations list and the integration settings dialog, against the local fake dbt Cloud and
# GitHub (tests/support), with secrets in memory; the keychain variant runs the same binary inside
# the real gnome-keyring of tests/secrets/with_keyring.sh, where the secrets go to the keychain.
tidemark_add_test(tst_integration_dialog tst_integration_dialog.cpp LIBS tidemark_ui_settings)
target_compile_definitions(tst_integration_dialog PRIVATE
    TIDEMARK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")

add_test(NAME tst_integration_dialog_keychain
         COMMAND bash ${PROJECT_SOURCE_DIR}/tests/secrets/with_keyring.sh $<TARGET_FILE:tst_integration_dialog>)
set_tests_properties(tst_integration_dialog_keychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300 LABELS keychain)
