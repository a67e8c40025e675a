"""The first thing a customer hears when handed to a person, per reason: feelings first, plain words."""

from __future__ import annotations

PERSON_JOINING = (
    "I'm bringing in a person from our team now, and they'll see this conversation, so you won't have to repeat "
    "yourself."
)

DEFAULT_REPLIES: dict[str, str] = {
    "human_request": "Of course. " + PERSON_JOINING,
    "frustration": (
        "I'm sorry this has been so frustrating, and thank you for your patience with us. " + PERSON_JOINING
    ),
    "complaint": (
        "I'm sorry things haven't gone the way they should. Your complaint matters to us, and a person on "
        "our team will look into it properly. They'll see this conversation, so you won't have to repeat "
        "yourself."
    ),
    "self_harm": (
        "I'm really sorry you're going through this, and I'm glad you told us. You don't have to face it "
        "alone. If you might act on thoughts of harming yourself, or you're in danger right now, please "
        "call your local emergency number. You can talk to someone any time, free and in confidence: in the "
        "US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; anywhere else, "
        "findahelpline.com lists a helpline near you. I'm also bringing in a person from our team right now."
    ),
    "medical": (
        "I'm sorry you're dealing with this; it sounds worrying. I can't give medical advice, so please "
        "speak to a doctor or pharmacist, and if it's urgent or someone is in danger, call your local "
        "emergency number now. I'm also bringing in a person from our team to help with anything we can do."
    ),
    "bereavement": (
        "I'm so sorry for your loss. Please take all the time you need. I'm bringing in a person from our "
        "team who will take care of this with you, so you won't have to explain it more than once."
    ),
    "legal": (
        "I understand this is serious, and I'm sorry it has come to this. I'm passing your message to a "
        "person on our team who can respond properly. They'll see this conversation."
    ),
    "financial_hardship": (
        "Thank you for telling us, and I'm sorry things are hard right now. I'm bringing in a person from "
        "our team who can talk through the options with you, with no pressure."
    ),
    "harassment": (
        "I'm sorry this happened to you, and thank you for telling us. Your safety comes first: if you're in "
        "danger right now, please call your local emergency number. If someone at home is hurting you, you can "
        "talk to someone free and in confidence: in the US, the National Domestic Violence Hotline on "
        "1-800-799-7233; in the UK, the National Domestic Abuse Helpline on 0808 2000 247. I'm bringing in a "
        "person from our team now."
    ),
    "data_privacy": (
        "Thank you for asking; you have every right to know about your data. I'm passing this to a person "
        "on our team who handles privacy requests, and they'll tell you what we hold and what happens next."
    ),
}

GENERIC_REPLY = PERSON_JOINING[0].upper() + PERSON_JOINING[1:]
