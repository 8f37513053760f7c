from django.conf import settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from api.validation import validation_rules
from api.views import ZykGraphQLView

urlpatterns = [
    path(
        "",
        csrf_exempt(ZykGraphQLView.as_view(graphiql=settings.DEBUG, validation_rules=validation_rules())),
        name="graphql",
    ),
]
