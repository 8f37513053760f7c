pytest_plugins = ["tests.plugins.external_services"]
