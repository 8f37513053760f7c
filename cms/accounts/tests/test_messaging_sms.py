"""O2: verification-code SMS through Alibaba Cloud's SendSms protocol, against the local fake service."""

import logging
import time
import uuid
from datetime import UTC, datetime

import pytest
import requests
from django.utils import translation

from cms.accounts.messaging.sms import SmsError, aliyun_percent_encode, aliyun_rpc_signature, sms_send
from tests.plugins.external_services import SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_TEMPLATE_CODE

PHONE = "13812345678"


def _signed_request(method: str, **overrides: str) -> dict[str, str]:
    params = {
        "AccessKeyId": SMS_ACCESS_KEY_ID,
        "Action": "SendSms",
        "Format": "JSON",
        "PhoneNumbers": PHONE,
        "RegionId": "cn-hangzhou",
        "SignName": SMS_SIGN_NAME,
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": str(uuid.uuid4()),
        "SignatureVersion": "1.0",
        "TemplateCode": SMS_TEMPLATE_CODE,
        "TemplateParam": '{"code":"246810"}',
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Version": "2017-05-25",
        **overrides,
    }
    params["Signature"] = aliyun_rpc_signature(method, params, SMS_ACCESS_KEY_SECRET)
    return params


def test_the_signature_reproduces_alibabas_documented_example():
    # given: the SendSms example from Alibaba Cloud's signature documentation
    params = {
        "AccessKeyId": "testId",
        "Action": "SendSms",
        "Format": "XML",
        "OutId": "123",
        "PhoneNumbers": "15300000001",
        "RegionId": "cn-hangzhou",
        "SignName": "阿里云短信测试专用",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
        "SignatureVersion": "1.0",
        "TemplateCode": "SMS_71390007",
        "TemplateParam": '{"customer":"test"}',
        "Timestamp": "2017-07-12T02:42:19Z",
        "Version": "2017-05-25",
    }
    # when / then
    assert aliyun_rpc_signature("GET", params, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="
    assert aliyun_percent_encode("a b*c~d/é") == "a%20b%2Ac~d%2F%C3%A9"


def test_a_verification_code_reaches_the_provider_with_the_configured_sign_and_template(fake_sms):
    # when
    sms_send(phone=PHONE, params={"code": "123456"})
    # then
    assert fake_sms.last_code(PHONE) == "123456"
    [record] = fake_sms.messages(PHONE)
    assert (record.sign_name, record.template_code) == (SMS_SIGN_NAME, SMS_TEMPLATE_CODE)


def test_a_wrong_secret_fails_the_providers_signature_check(fake_sms, settings):
    # given
    settings.SMS_ALIYUN_ACCESS_KEY_SECRET = "not-the-secret"
    # when
    with pytest.raises(SmsError) as error:
        sms_send(phone=PHONE, params={"code": "123456"})
    # then
    assert error.value.provider_code == "SignatureDoesNotMatch"
    assert fake_sms.messages() == []


def test_a_provider_error_code_becomes_a_translated_sms_error(fake_sms):
    # given
    fake_sms.fail_next = "isv.BUSINESS_LIMIT_CONTROL"
    # when
    with translation.override("en"), pytest.raises(SmsError) as error:
        sms_send(phone=PHONE, params={"code": "123456"})
    # then
    assert error.value.provider_code == "isv.BUSINESS_LIMIT_CONTROL"
    assert str(error.value) == "The SMS could not be sent; please try again later."
    assert fake_sms.messages() == []


def test_a_number_that_is_not_a_mainland_mobile_is_refused_by_the_provider(fake_sms):
    # when
    with pytest.raises(SmsError) as error:
        sms_send(phone="02012345678", params={"code": "123456"})
    # then
    assert error.value.provider_code == "isv.MOBILE_NUMBER_ILLEGAL"


def test_a_provider_that_is_down_fails_fast(fake_sms):
    # given
    fake_sms.stop()
    started = time.monotonic()
    # when
    with pytest.raises(SmsError):
        sms_send(phone=PHONE, params={"code": "123456"})
    # then
    assert time.monotonic() - started < 3


def test_the_log_masks_the_phone_and_never_holds_the_code(fake_sms, settings, caplog):
    # given
    caplog.set_level(logging.DEBUG, logger="zyk.sms")
    # when: a success, a business error and a signature error (whose answer echoes the request)
    sms_send(phone=PHONE, params={"code": "975310"})
    fake_sms.fail_next = "isv.BUSINESS_LIMIT_CONTROL"
    with pytest.raises(SmsError):
        sms_send(phone=PHONE, params={"code": "864200"})
    settings.SMS_ALIYUN_ACCESS_KEY_SECRET = "not-the-secret"
    with pytest.raises(SmsError):
        sms_send(phone=PHONE, params={"code": "753197"})
    # then
    assert caplog.text.count("138****5678") == 3
    assert "SignatureDoesNotMatch" in caplog.text
    assert PHONE not in caplog.text
    assert not [code for code in ("975310", "864200", "753197") if code in caplog.text]


def test_the_console_provider_logs_the_message_for_development(settings, caplog):
    # given
    settings.SMS_PROVIDER = "console"
    caplog.set_level(logging.INFO, logger="zyk.sms")
    # when
    sms_send(phone=PHONE, params={"code": "112233"})
    # then
    assert "112233" in caplog.text


def test_the_fake_rejects_a_tampered_signature_and_accepts_the_untouched_request(fake_sms):
    # given
    tampered = {**_signed_request("POST"), "PhoneNumbers": "13900000000"}
    untouched = _signed_request("POST")
    # when
    refused = requests.post(fake_sms.url + "/", data=tampered, timeout=5)
    accepted = requests.post(fake_sms.url + "/", data=untouched, timeout=5)
    # then
    assert refused.status_code == 400
    assert refused.json()["Code"] == "SignatureDoesNotMatch"
    assert accepted.status_code == 200
    assert accepted.json()["Code"] == "OK"
    assert [record.phone for record in fake_sms.messages()] == [PHONE]


def test_the_fake_accepts_get_refuses_a_reused_nonce_and_lists_messages_over_http(fake_sms):
    # given
    params = _signed_request("GET")
    # when
    first = requests.get(fake_sms.url + "/", params=params, timeout=5)
    replay = requests.get(fake_sms.url + "/", params=params, timeout=5)
    listed = requests.get(fake_sms.url + "/_fake/messages", params={"phone": "+86" + PHONE}, timeout=5)
    # then
    assert first.json()["Code"] == "OK"
    assert (replay.status_code, replay.json()["Code"]) == (400, "SignatureNonceUsed")
    assert [(m["phone"], m["params"]) for m in listed.json()] == [(PHONE, {"code": "246810"})]
