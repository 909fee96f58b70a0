"""Structure is context: field names, headers and labels classify the values under them."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.labels import (
    ENTITIES,
    LabeledValueRecognizer,
    classify,
    classify_value,
    field_entity,
    field_kind,
    label_words,
    normalise,
    record_fields,
    value_fits,
)

REC = LabeledValueRecognizer()


def found(text: str) -> list[tuple[str, str]]:
    """(entity, value) of every finding, in text order; spans are exactly the values."""
    return [(r.entity_type, text[r.start : r.end]) for r in REC.analyze(text, None)]


# --- field names ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, entity", [
    ("first_name", "PERSON"), ("firstName", "PERSON"), ("GivenName", "PERSON"),
    ("forename", "PERSON"), ("fname", "PERSON"), ("surname", "PERSON"),
    ("family-name", "PERSON"), ("lname", "PERSON"), ("full name", "PERSON"),
    ("customer_name", "PERSON"), ("patientName", "PERSON"), ("employee.name", "PERSON"),
    ("contact_name", "PERSON"), ("customer_first_name", "PERSON"),
    ("phone", "PHONE_NUMBER"), ("mobile", "PHONE_NUMBER"), ("cell", "PHONE_NUMBER"),
    ("tel", "PHONE_NUMBER"), ("Telephone", "PHONE_NUMBER"), ("fax", "PHONE_NUMBER"),
    ("whatsapp", "PHONE_NUMBER"), ("customerPhoneNumber", "PHONE_NUMBER"),
    ("work_phone_2", "PHONE_NUMBER"), ("support_phone", "PHONE_NUMBER"),
    ("email", "EMAIL_ADDRESS"), ("e-mail", "EMAIL_ADDRESS"), ("mail", "EMAIL_ADDRESS"),
    ("billing_email", "EMAIL_ADDRESS"), ("EmailAddress", "EMAIL_ADDRESS"),
    ("ssn", "US_SSN"), ("social_security_number", "US_SSN"), ("itin", "US_ITIN"),
    ("passport", "US_PASSPORT"), ("passportNo", "US_PASSPORT"),
    ("driver_license", "US_DRIVER_LICENSE"), ("dl", "US_DRIVER_LICENSE"),
    ("card_number", "CREDIT_CARD"), ("cc", "CREDIT_CARD"), ("credit_card", "CREDIT_CARD"),
    ("pan", "CREDIT_CARD"), ("iban", "IBAN_CODE"),
    ("account_number", "US_BANK_NUMBER"), ("bank_account", "US_BANK_NUMBER"),
    ("routing", "US_BANK_NUMBER"),
    ("address", "STREET_ADDRESS"), ("street", "STREET_ADDRESS"), ("addr", "STREET_ADDRESS"),
    ("address_line1", "STREET_ADDRESS"), ("addressLine2", "STREET_ADDRESS"),
    ("postal_address", "STREET_ADDRESS"), ("home_address", "STREET_ADDRESS"),
    ("shipping_address_line_1", "STREET_ADDRESS"),
    ("dob", "DATE_OF_BIRTH"), ("date_of_birth", "DATE_OF_BIRTH"),
    ("birthday", "DATE_OF_BIRTH"), ("Date of Birth", "DATE_OF_BIRTH"),
    ("password", "SECRET"), ("passwd", "SECRET"), ("pwd", "SECRET"), ("secret", "SECRET"),
    ("api_key", "SECRET"), ("apiKey", "SECRET"), ("token", "SECRET"),
    ("private_key", "SECRET"), ("DB_PASSWORD", "SECRET"),
    ("ip", "IP_ADDRESS"), ("ip_address", "IP_ADDRESS"), ("IPAddress", "IP_ADDRESS"),
    ("client_ip", "IP_ADDRESS"),
    ("姓名", "PERSON"), ("名字", "PERSON"), ("聯絡人", "PERSON"), ("联系人", "PERSON"),
    ("客戶姓名", "PERSON"),
    ("電話", "PHONE_NUMBER"), ("电话", "PHONE_NUMBER"), ("手機", "PHONE_NUMBER"),
    ("手机号码", "PHONE_NUMBER"), ("聯絡電話", "PHONE_NUMBER"),
    ("地址", "STREET_ADDRESS"), ("住址", "STREET_ADDRESS"), ("通訊地址", "STREET_ADDRESS"),
    ("身分證", "NATIONAL_ID"), ("身份证", "NATIONAL_ID"), ("身分證字號", "NATIONAL_ID"),
    ("帳號", "US_BANK_NUMBER"), ("账号", "US_BANK_NUMBER"), ("銀行帳號", "US_BANK_NUMBER"),
    ("護照", "US_PASSPORT"), ("护照", "US_PASSPORT"),
    ("生日", "DATE_OF_BIRTH"), ("出生日期", "DATE_OF_BIRTH"),
    ("密碼", "SECRET"), ("密码", "SECRET"),
    ("電子郵件", "EMAIL_ADDRESS"), ("邮箱", "EMAIL_ADDRESS"), ("電子郵件地址", "EMAIL_ADDRESS"),
    ("IP地址", "IP_ADDRESS"), ("contact", "CONTACT"),
    ("username", "USERNAME"), ("login", "USERNAME"), ("userLogin", "USERNAME"),
    ("cvv", "CARD_SECURITY_CODE"), ("security_code", "CARD_SECURITY_CODE"),
])
def test_field_names_announce_entities(name, entity):
    assert field_entity(name) == entity


@pytest.mark.parametrize("name", [
    "name", "display_name", "tool_name", "file_name", "user_name_id", "login_count",
    "login_url", "cvv_verified",
    "token_type", "max_tokens", "password_length", "password_hash", "email_verified",
    "phone_verified", "phone_type", "is_email", "email_template", "address_type",
    "server_address", "wallet_address", "mac_address", "remote_addr", "mail_server",
    "first", "last", "id", "description", "MAC地址", "網址", "api_key_id",
])
def test_generic_or_machine_field_names_announce_nothing(name):
    assert field_entity(name) is None


def test_normalisation():
    assert normalise("Customer-PhoneNumber 1") == "customer_phone_number_1"
    assert normalise("IPAddress") == "ip_address"
    assert normalise("user.email") == "user_email"


def test_bare_name_needs_a_person_ish_sibling():
    assert field_kind("name") == "NAME"
    assert record_fields(["name", "email", "id"]) == {"name": "NAME", "email": "EMAIL_ADDRESS"}
    assert record_fields(["name", "description", "parameters"]) == {}
    assert record_fields(["sku", "name", "price"]) == {}
    assert record_fields(["name", "ip"]) == {"ip": "IP_ADDRESS"}  # a host, not a person


# --- values --------------------------------------------------------------------------------

@pytest.mark.parametrize("entity, value", [
    ("PHONE_NUMBER", "555-123-4567"), ("PHONE_NUMBER", "+1 (415) 555-0100"),
    ("PHONE_NUMBER", "0912-345-678"), ("PHONE_NUMBER", "555 1234 ext 12"),
    ("EMAIL_ADDRESS", "jo@x.io"), ("US_SSN", "123-45-6789"), ("US_SSN", "123456789"),
    ("US_ITIN", "912-70-1234"), ("CREDIT_CARD", "4111 1111 1111 1111"),
    ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), ("US_BANK_NUMBER", "000123456789"),
    ("US_PASSPORT", "X12345678"), ("US_DRIVER_LICENSE", "D1234-56789-01234"),
    ("STREET_ADDRESS", "12 Main Street, Springfield"), ("STREET_ADDRESS", "台北市信義路五段7號"),
    ("STREET_ADDRESS", "4 Privet Drive, Little Whinging"), ("STREET_ADDRESS", "Via Roma 12"),
    ("DATE_OF_BIRTH", "1990-01-31"),
    ("DATE_OF_BIRTH", "31/01/1990"), ("DATE_OF_BIRTH", "March 5, 1990"),
    ("DATE_OF_BIRTH", "1990年1月31日"), ("PASSWORD", "S3cr3t!Pass"),
    ("SECRET", "sk9f8Q2mZx7Lp3vR"), ("IP_ADDRESS", "10.1.2.3"), ("IP_ADDRESS", "2001:db8::1"),
    ("PERSON", "John Smith"), ("PERSON", "maria"), ("PERSON", "O'Brien"),
    ("PERSON", "王小明"), ("PERSON", "José María García"), ("PERSON", "McDonald"),
])
def test_values_that_fit(entity, value):
    assert value_fits(entity, value)


@pytest.mark.parametrize("entity, value", [
    ("PHONE_NUMBER", "n/a"), ("PHONE_NUMBER", "123"), ("PHONE_NUMBER", "0000000000"),
    ("PHONE_NUMBER", "TEXT"), ("EMAIL_ADDRESS", ""), ("EMAIL_ADDRESS", "true"),
    ("EMAIL_ADDRESS", "john"), ("US_SSN", "12345"), ("CREDIT_CARD", "**** **** **** 1234"),
    ("CREDIT_CARD", "1234"), ("PERSON", "get_weather"), ("PERSON", "getWeather"),
    ("PERSON", "null"), ("PERSON", "Agent 007"), ("PERSON", "Acme Corp"),
    ("PERSON", "a b c d e f g"), ("PERSON", "The quick brown fox jumps over the lazy dog"),
    ("SECRET", "********"), ("SECRET", "<YOUR_API_KEY>"), ("SECRET", "${DB_PASSWORD}"),
    ("SECRET", "os.environ['X']"), ("PASSWORD", "billing-prod"), ("SECRET", "true"),
    ("SECRET", "pg-secret-v2"), ("PASSWORD", "hunter2"),
    ("STREET_ADDRESS", "https://example.com/contact"), ("STREET_ADDRESS", "0xdeadbeef"),
    ("STREET_ADDRESS", "0x52908400098527886E0F7030069857D2E4169EE7"),
    ("STREET_ADDRESS", "10.0.0.1"), ("STREET_ADDRESS", "none"), ("STREET_ADDRESS", "TBD"),
    ("STREET_ADDRESS", "jo@x.io"), ("STREET_ADDRESS", "only known owner/place prefixes"),
    ("STREET_ADDRESS", "12 apples in a bowl"), ("SECRET", "anthropic-api-key"),
    ("SECRET", "http_sf.Token"), ("SECRET", "DB_PASSWORD_FILE"), ("DATE_OF_BIRTH", "yesterday"), ("DATE_OF_BIRTH", "1990"),
    ("IP_ADDRESS", "127.0.0.1"), ("IP_ADDRESS", "localhost"), ("US_PASSPORT", "none"),
])
def test_values_that_do_not_fit(entity, value):
    assert not value_fits(entity, value)


def test_a_bare_name_needs_a_full_name_written_like_one():
    assert value_fits("NAME", "Jane Doe")
    assert value_fits("NAME", "王小明")
    for value in ("Jane", "jane doe", "Search", "Weather Tool", "billing-api", "Email"):
        assert not value_fits("NAME", value), value


def test_kinds_resolved_by_the_value_shape():
    assert classify_value("NATIONAL_ID", "A123456789") == "TW_NATIONAL_ID"
    assert classify_value("NATIONAL_ID", "A800000014") == "TW_RESIDENT_CERT"
    assert classify_value("NATIONAL_ID", "11010519491231002X") == "CN_RESIDENT_ID"
    assert classify_value("NATIONAL_ID", "S1234567D") == "NATIONAL_ID"
    assert classify_value("CONTACT", "jo@x.io") == "EMAIL_ADDRESS"
    assert classify_value("CONTACT", "+44 20 7946 0958") == "PHONE_NUMBER"
    assert classify_value("CONTACT", "Jane Doe") == "PERSON"
    assert classify_value("CONTACT", "support") is None
    assert classify("身分證字號", "A123456789") == "TW_NATIONAL_ID"
    assert classify("phone", "n/a") is None
    assert classify("password", "S3cr3t!Pass") == "SECRET"  # passwords: three classes do
    assert classify("api_key", "S3cr3t!Pass") is None  # keys: random enough, or not a key
    assert classify("name", "Jane Doe") is None  # no siblings known


# --- in text: one format at a time ---------------------------------------------------------

def test_csv_header_then_rows():
    text = ("first_name,last_name,phone,email,plan\n"
            "Jo,Smith,555-123-4567,jo@x.io,pro\n"
            '"Ann","Lee","(555) 987-6543","ann@y.com","free"\n\n'
            "unrelated line, with a comma\n")
    assert found(text) == [
        ("PERSON", "Jo"), ("PERSON", "Smith"), ("PHONE_NUMBER", "555-123-4567"),
        ("EMAIL_ADDRESS", "jo@x.io"), ("PERSON", "Ann"), ("PERSON", "Lee"),
        ("PHONE_NUMBER", "(555) 987-6543"), ("EMAIL_ADDRESS", "ann@y.com"),
    ]


def test_csv_phone_followed_by_a_date():
    # the phone recognizer reads `4567,2024` as one digit group; the header says otherwise
    text = "id,phone,signup_date\n17,555-123-4567,2024-01-05\n18,5559876543,2024-02-11\n"
    assert found(text) == [("PHONE_NUMBER", "555-123-4567"), ("PHONE_NUMBER", "5559876543")]


def test_tsv_and_markdown_tables():
    tsv = "Name\tEmail\tDate of Birth\nAnn Lee\tann@x.io\t1990-04-01\n"
    assert found(tsv) == [
        ("PERSON", "Ann Lee"), ("EMAIL_ADDRESS", "ann@x.io"), ("DATE_OF_BIRTH", "1990-04-01"),
    ]
    md = "| 姓名 | 電話 |\n|---|---|\n| 王小明 | 0912-345-678 |\n"
    assert found(md) == [("PERSON", "王小明"), ("PHONE_NUMBER", "0912-345-678")]


def test_yaml_and_env():
    yaml = ("customer:\n  first_name: Maria\n  phone: \"+1 415 555 0100\"\n"
            "  address: 12 Main Street, Springfield\n  dob: 1985-07-14\n")
    assert found(yaml) == [
        ("PERSON", "Maria"), ("PHONE_NUMBER", "+1 415 555 0100"),
        ("STREET_ADDRESS", "12 Main Street, Springfield"), ("DATE_OF_BIRTH", "1985-07-14"),
    ]
    env = 'DB_PASSWORD="S3cr3t!Pass"\nexport CONTACT_EMAIL=ops@acme.io\nSUPPORT_PHONE=5551234567'
    # `KEY=secret` lines are the secrets recognizer's (gitleaks' gates), not a label's
    assert found(env) == [("EMAIL_ADDRESS", "ops@acme.io"), ("PHONE_NUMBER", "5551234567")]


def test_json_in_prose():
    text = 'Fix this record: {"name": "John Smith", "phone": "5551234567", "ssn": 123456789}'
    assert found(text) == [
        ("PERSON", "John Smith"), ("PHONE_NUMBER", "5551234567"), ("US_SSN", "123456789"),
    ]
    escaped = r'"arguments": "{\"email\": \"jo@x.io\", \"cell\": \"555 123 4567\"}"'
    assert found(escaped) == [("EMAIL_ADDRESS", "jo@x.io"), ("PHONE_NUMBER", "555 123 4567")]
    lines = r'"content": "Email: jo@x.io\nAddress: 12 Main St, Springfield\nPhone: 5551234567"'
    assert found(lines) == [
        ("EMAIL_ADDRESS", "jo@x.io"), ("STREET_ADDRESS", "12 Main St, Springfield"),
        ("PHONE_NUMBER", "5551234567"),
    ]


def test_vcard():
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Smith;John;;;\nFN:John Smith\n"
            "TEL;TYPE=cell:+1 555 123 4567\nEMAIL;TYPE=work:john@acme.com\n"
            "ADR;TYPE=home:;;123 Main St;Springfield;IL;62701;USA\nBDAY:1980-02-29\nEND:VCARD")
    assert found(text) == [
        ("PERSON", "Smith"), ("PERSON", "John"), ("PERSON", "John Smith"),
        ("PHONE_NUMBER", "+1 555 123 4567"), ("EMAIL_ADDRESS", "john@acme.com"),
        ("STREET_ADDRESS", "123 Main St;Springfield;IL;62701;USA"),
        ("DATE_OF_BIRTH", "1980-02-29"),
    ]


def test_sql_insert_and_update():
    text = ("INSERT INTO users (id, first_name, phone, note) VALUES "
            "(1, 'Jo', '555-123-4567', 'vip'), (2, 'Ann', '555-765-4321', NULL);\n"
            "UPDATE users SET email = 'jo@x.io' WHERE id = 1;")
    assert found(text) == [
        ("PERSON", "Jo"), ("PHONE_NUMBER", "555-123-4567"), ("PERSON", "Ann"),
        ("PHONE_NUMBER", "555-765-4321"), ("EMAIL_ADDRESS", "jo@x.io"),
    ]


def test_html_forms_and_tables():
    form = ('<form><input type="tel" id="phone" value="555-123-4567">'
            '<input value="Jane Doe" name="name"><input name="q" value="shoes">'
            '<input type="email" name="contact1" value="jd@x.io"></form>')
    assert found(form) == [
        ("PHONE_NUMBER", "555-123-4567"), ("PERSON", "Jane Doe"), ("EMAIL_ADDRESS", "jd@x.io"),
    ]
    table = ("<table><tr><th>Name</th><th>Phone</th><th>Plan</th></tr>"
             "<tr><td>Ann Lee</td><td>555-123-4567</td><td>pro</td></tr></table>")
    assert found(table) == [("PERSON", "Ann Lee"), ("PHONE_NUMBER", "555-123-4567")]


def test_xml_elements():
    text = ("<patient><name>Jane Doe</name><ssn>123-45-6789</ssn>"
            '<phone type="home">555 123 4567</phone><note>call after 5</note></patient>')
    assert found(text) == [
        ("PERSON", "Jane Doe"), ("US_SSN", "123-45-6789"), ("PHONE_NUMBER", "555 123 4567"),
    ]


def test_log_lines():
    text = "2024-01-01T10:00:00Z INFO login user=jdoe email=j@x.io phone=5551234567 ip=10.1.2.3 ok"
    assert found(text) == [
        ("EMAIL_ADDRESS", "j@x.io"), ("PHONE_NUMBER", "5551234567"), ("IP_ADDRESS", "10.1.2.3"),
    ]


def test_labels_in_prose_english_and_chinese():
    text = ("Name: John Smith\nSSN 123456789\nCall my phone number: 555 123 4567 tomorrow. "
            "Date of birth: March 5, 1990.\n電話：0912345678\n姓名：王小明，"
            "身分證字號：A123456789，出生日期：1990-01-01，地址：台北市信義區信義路五段7號")
    assert found(text) == [
        ("PERSON", "John Smith"), ("US_SSN", "123456789"), ("PHONE_NUMBER", "555 123 4567"),
        ("DATE_OF_BIRTH", "March 5, 1990"), ("PHONE_NUMBER", "0912345678"),
        ("PERSON", "王小明"), ("TW_NATIONAL_ID", "A123456789"),
        ("DATE_OF_BIRTH", "1990-01-01"), ("STREET_ADDRESS", "台北市信義區信義路五段7號"),
    ]


def test_simplified_chinese_labels():
    text = "联系人：李娜\n手机号码：13812345678\n邮箱：lina@example.cn\n密码：Zx9!kq2Lm\n账号：6222021234567890"
    assert found(text) == [
        ("PERSON", "李娜"), ("PHONE_NUMBER", "13812345678"), ("EMAIL_ADDRESS", "lina@example.cn"),
        ("BANK_ACCOUNT", "6222021234567890"),
    ]  # `密码：...` is the secrets recognizer's, which blocks it (see test_detect_secrets)


def test_markdown_labels():
    text = "- **Phone:** 555-123-4567\n- **Email**: jo@x.io\n- __DOB:__ 1990-01-31"
    assert found(text) == [
        ("PHONE_NUMBER", "555-123-4567"), ("EMAIL_ADDRESS", "jo@x.io"),
        ("DATE_OF_BIRTH", "1990-01-31"),
    ]


def test_bare_labels_need_a_number_shaped_value():
    assert found("SSN# 123-45-6789 and passport no. X12345678") == [
        ("US_SSN", "123-45-6789"), ("US_PASSPORT", "X12345678"),
    ]
    assert found("please phone me, or email the team, or check the address book") == []


def test_scores_rank_explicit_labels_above_bare_ones():
    explicit = REC.analyze("ssn: 123-45-6789", None)[0].score
    bare = REC.analyze("ssn 123-45-6789", None)[0].score
    assert explicit > bare >= 0.6


# --- near-misses ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '{"name": "get_weather", "description": "Get the weather", "parameters": {}}',
    '{"type": "function", "function": {"name": "send_email", "parameters": {"properties": '
    '{"email": {"type": "string"}, "name": {"type": "string"}}}}}',
    '[{"name": "Search", "email": "not used"}]',
    "phone: n/a\ntoken_type: bearer\npassword_length: 12\nemail_verified: true\n"
    'email: ""\npassword: "********"\naddress: null\nname: billing-api\n',
    "sku,name,price,qty\nA-100,Widget,9.99,3\nB-200,Gadget Pro,19.99,1\n",
    "product_code,barcode\nX-12,0123456789012\n",
    "INSERT INTO products (sku, name, price) VALUES ('A-100', 'Widget', 9.99);",
    "CREATE TABLE users (\n  email TEXT NOT NULL,\n  phone TEXT,\n  password_hash TEXT\n);",
    "SELECT o.id, o.email_sent, c.phone_verified FROM orders o WHERE o.status = 'paid'",
    "service:\n  name: billing-api\n  env:\n    - name: API_KEY\n"
    "      valueFrom: {secretKeyRef: {name: billing, key: api_key}}\n",
    "password = os.environ[\"DB_PASSWORD\"]\ntoken = get_token(data[\"user_id\"])",
    "let password: &str = &config.password; phone: Option<String> = None;",
    "address: https://example.com/contact\nwallet_address: 0x52908400098527886E0F7030069857D2E4169EE7\n"
    "address: 0x7ffee4b3c9a0\nip: 127.0.0.1\n",
    "The address and phone are on the form; my name is on the list. Email me later.",
    "Name: Quarterly Report\nName: report",
    "<input name=\"phone\" value=\"\"><input type=\"email\" name=\"x\" value=\"{{ email }}\">",
    "first_name: {{ user.first_name }}\nlast_name: ${LAST_NAME}\nemail: <EMAIL>\nphone: %s",
    "existingSecret: pg-secret-v2\nsecretName: prod-db-creds-v2\ntoken: ${{ secrets.TOKEN }}",
    "fn::secret: ops_eyJzaWduSW5B..[Redacted]\nsecret: Xk9q2Lm7Pz4w(3)",
    '<input type="hidden" name="csrf_token" value="7SWa-Fo1_hsC6oovfBsJFLGPUl2Ehk">'
    '{"nextPageToken": "CiAKGjBpNDd2Nmp2Zml2cXRsYjAzcWFxM"}',
    'api_token = "clm74912:AgencyIdentificationCodeContentType"',
])
def test_near_misses(text):
    assert found(text) == []


def test_label_words_respect_word_boundaries_for_short_ones():
    text = "ship the tip; tell me; remoteIp telNo ssn"
    assert {text[s:e] for s, e in label_words(text)} == {"Ip", "tel", "telNo", "ssn"}
    assert all(s > text.index("tell") for s, _ in label_words(text))


def test_the_guard_masks_values_only_their_structure_reveals(guard):
    text = ("Import these:\nid,surname,phone,signup_date\n17,Okonkwo,555-123-4567,2024-01-05\n"
            'and {"passport": "X12345678", "dob": "1990-01-31"}')
    p = guard.protect(text)
    for value in ("Okonkwo", "555-123-4567", "X12345678", "1990-01-31"):
        assert value not in p.texts[0], value
    assert "2024-01-05" in p.texts[0] and "signup_date" in p.texts[0]
    assert p.restore(p.texts[0]) == text


@pytest.mark.parametrize("text, value", [
    ("患者王小明，住院号 20230815023，今日出院。", "20230815023"),  # admission number
    ("住院號：20230815023", "20230815023"),
    ("门诊号: 8812034", "8812034"),  # outpatient number
    ("病案号 A0045521", "A0045521"),  # case-file number
])
def test_chinese_hospital_numbers_are_medical_record_numbers(guard, text, value):
    p = guard.protect(text)
    assert value not in p.texts[0]
    assert any(f.type == "MEDICAL_RECORD_NUMBER" for f in p.findings)


@pytest.mark.parametrize("text", ["住院三天，花费20230元。", "门诊部8812034号楼在东侧。"])
def test_hospital_words_without_a_number_label_mask_nothing(guard, text):
    assert guard.protect(text).texts[0] == text


def test_every_entity_reported_is_in_the_default_policy_or_new_here():
    from sovereign_guard.policy import load_policy

    missing = {e for e in ENTITIES if e not in load_policy("default").entities}
    assert missing <= {"DATE_OF_BIRTH", "NATIONAL_ID"}  # the lead adds these to the policy


def test_a_json_object_walked_with_record_fields():
    record = {"name": "Jane Doe", "email": "jd@x.io", "password": "S3cr3t!Pass", "age": 41,
              "phone": 5551234567, "email_verified": True}
    kinds = record_fields(record)
    assert {k: classify_value(kinds[k], str(v)) for k, v in record.items() if k in kinds} == {
        "name": "PERSON", "email": "EMAIL_ADDRESS", "password": "SECRET",
        "phone": "PHONE_NUMBER",
    }


@pytest.mark.parametrize("text, expected", [
    ("passport: 912803456", ("US_PASSPORT", "912803456")),
    ("German passport: C01X00T47", ("PASSPORT", "C01X00T47")),
    ("French passport no: 12AB34567", ("PASSPORT", "12AB34567")),
    ("護照號碼：A12345678", ("PASSPORT", "A12345678")),
    ("account_number: 41234567", ("US_BANK_NUMBER", "41234567")),
    ("sort code 12-34-56, account no: 41234567", ("BANK_ACCOUNT", "41234567")),
])
def test_passports_and_accounts_take_the_country_named(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["passport: pending", "passport: 2024", "passport: n/a"])
def test_passport_field_values_that_are_no_number(text):
    assert found(text) == []
