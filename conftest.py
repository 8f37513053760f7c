pytest_plugins = ["tests.plugins.external_services", "tests.plugins.object_storage"]
