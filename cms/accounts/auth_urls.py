from django.urls import path

from cms.accounts import auth_views

urlpatterns = [
    path("wechat/start", auth_views.wechat_start, name="wechat_start"),
    path("wechat/callback", auth_views.wechat_callback, name="wechat_callback"),
    path("avatar", auth_views.avatar_upload, name="avatar_upload"),
]
