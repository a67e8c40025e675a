"""Words that matter in the languages Tandem has wording for: asking for a person, a crisis, danger.

Matched on folded text (lower case, accents off: "suicidio" and "suicídio" alike), on word boundaries,
except in Chinese and Japanese, written without spaces, where a phrase counts anywhere. These lists are
deliberately short and plain; docs/triage.md ("Other languages") says what they miss.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_FOLD = str.maketrans({"ł": "l", "ß": "ss", "ı": "i", "’": "'", "ʼ": "'"})
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670\u3099\u309a]")
_PUNCT = re.compile(r"[^\w\s']+")


def fold(text: str) -> str:
    """Lower case, without accents or Arabic vowel marks, for matching in any of the languages."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.lower().translate(_FOLD)))


def bare(text: str) -> str:
    """The folded text without punctuation or extra spaces: what a one-word reply is compared on."""
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


def talk_to(verbs: tuple[str, ...], articles: tuple[str, ...], people: tuple[str, ...]) -> tuple[str, ...]:
    """Every "verb + article + person" phrase, the article optional: "hablar con (un) agente"."""
    return tuple(" ".join(filter(None, (verb, article, person)))
                 for verb in verbs for article in ("", *articles) for person in people)


@dataclass(frozen=True)
class Words:
    name: str  # the language's name in English, for agents and for the model
    person: tuple[str, ...]  # asking for a person, anywhere in the message
    person_alone: tuple[str, ...]  # a reply that is only this asks for a person ("persona", "humain")
    crisis: tuple[str, ...]  # self-harm or suicide, first person
    danger: tuple[str, ...]  # violence or danger, first person
    greetings: tuple[str, ...] = ()  # hello and thank you: a message of just these is in this language
    vocabulary: tuple[str, ...] = ()  # support words that tell the language on their own ("pedido", "ayuda")
    spaced: bool = True  # words are separated by spaces (not Chinese or Japanese)
    # Everyday phrases that hold a crisis or danger phrase but mean something else ("想死你了": "I miss you so
    # much"): where words run together, these are taken out before the lists above are looked for.
    idioms: tuple[str, ...] = ()


LEXICON: dict[str, Words] = {
    "es": Words(
        "Spanish",
        person=(*talk_to(("hablar con", "comunicarme con", "hablar a", "platicar con", "contactar con"),
                         ("un", "una", "el", "la", "algun", "alguna"),
                         ("persona", "agente", "humano", "operador", "operadora", "asesor", "asesora",
                          "representante", "ejecutivo", "ejecutiva", "encargado", "supervisor")),
                "hablar con alguien", "una persona real", "un ser humano",
                "pasame con", "paseme con", "pásame con", "atencion al cliente", "quiero un agente",
                "necesito un agente", "quiero una persona", "necesito una persona", "llamenme", "llámame"),
        person_alone=("persona", "agente", "humano", "operador", "asesor", "una persona", "un agente",
                      "persona por favor", "agente por favor"),
        crisis=("quiero morir", "me quiero morir", "quiero morirme", "suicidarme", "suicidio", "matarme",
                "me voy a matar", "quitarme la vida", "no quiero vivir", "no quiero seguir viviendo",
                "hacerme dano", "autolesion", "cortarme las venas", "acabar con mi vida", "tome muchas pastillas",
                "me tome todas las pastillas", "sobredosis"),
        danger=("me pega", "me golpea", "me ha pegado", "me pegó", "me amenaza", "me quiere matar",
                "estoy en peligro", "tengo miedo de mi pareja", "violencia domestica", "me maltrata",
                "me agredio", "me agarro", "me toco sin"),
        greetings=("hola", "gracias", "muchas gracias", "buenos dias", "buenas tardes", "buenas noches", "adios"),
        vocabulary=("ayuda", "pedido", "pedidos", "paquete", "envio", "devolucion", "reembolso", "factura", "cuenta",
                    "necesito", "quiero", "donde", "cuando", "todavia", "llegado", "llego", "entiendo", "ayudar",
                    "puede", "tengo", "hablo", "ingles"),
    ),
    "fr": Words(
        "French",
        person=(*talk_to(("parler a", "parler avec", "discuter avec", "joindre"), ("un", "une", "le", "la"),
                         ("personne", "conseiller", "conseillere", "humain", "agent", "operateur", "operatrice",
                          "responsable", "representant")),
                "parler a quelqu'un", "une vraie personne", "un etre humain",
                "service client", "je veux un conseiller", "un conseiller s'il vous plait", "appelez-moi",
                "rappelez-moi", "passez-moi"),
        person_alone=("conseiller", "humain", "agent", "une personne", "un conseiller", "un humain",
                      "conseiller s'il vous plait", "operateur"),
        crisis=("je veux mourir", "j'ai envie de mourir", "me suicider", "suicide", "me tuer", "mettre fin a mes jours",
                "en finir avec la vie", "envie d'en finir", "je ne veux plus vivre", "me faire du mal",
                "je me fais du mal", "me scarifier",
                "j'ai pris trop de medicaments", "j'ai avale des medicaments", "overdose"),
        danger=("il me frappe", "elle me frappe", "me bat", "me menace", "veut me tuer", "je suis en danger",
                "j'ai peur de mon mari", "j'ai peur de mon conjoint", "violence conjugale", "violences conjugales",
                "m'a agresse", "m'a agressee", "m'a attrape", "m'a attrapee"),
        greetings=("bonjour", "merci", "merci beaucoup", "bonsoir", "salut", "au revoir"),
        vocabulary=("aide", "commande", "commandes", "colis", "livraison", "remboursement", "retour", "facture",
                    "compte", "besoin", "ou est", "quand", "toujours", "recu", "comprends", "aider", "pouvez", "parle",
                    "anglais"),
    ),
    "de": Words(
        "German",
        person=("mit einem menschen sprechen", "mit einem mitarbeiter sprechen", "mit jemandem sprechen",
                "mit einer person sprechen", "einen mitarbeiter", "echten menschen", "kundenservice",
                "kundendienst", "rufen sie mich an", "ruft mich an", "verbinden sie mich"),
        person_alone=("mitarbeiter", "mensch", "mitarbeiterin", "ein mensch", "einen menschen", "mitarbeiter bitte",
                      "berater"),
        crisis=("ich will sterben", "ich mochte sterben", "will nicht mehr leben", "mochte nicht mehr leben",
                "selbstmord", "suizid", "mich umbringen", "mir das leben nehmen", "mir etwas antun", "ritze mich",
                "mich selbst verletzen", "zu viele tabletten", "alle tabletten genommen", "uberdosis"),
        danger=("schlagt mich", "hat mich geschlagen", "bedroht mich", "will mich umbringen", "ich bin in gefahr",
                "habe angst vor meinem mann", "habe angst vor meinem partner", "hausliche gewalt",
                "hat mich angegriffen", "hat mich gepackt", "hat mich angefasst"),
        greetings=("hallo", "danke", "danke schon", "vielen dank", "guten tag", "guten morgen", "tschuss"),
        vocabulary=("hilfe", "bestellung", "bestellungen", "paket", "lieferung", "ruckerstattung", "rucksendung",
                    "rechnung", "konto", "brauche", "wo ist", "wann", "immer noch", "angekommen", "bitte", "verstehe",
                    "helfen", "konnen", "spreche", "englisch"),
    ),
    "pt": Words(
        "Portuguese",
        person=(*talk_to(("falar com", "conversar com", "falar ao"), ("um", "uma", "o", "a", "algum"),
                         ("pessoa", "atendente", "humano", "agente", "operador", "consultor", "representante",
                          "responsavel", "gerente")),
                "falar com alguem", "uma pessoa real", "um ser humano",
                "atendimento humano", "quero um atendente", "me liguem", "ligue para mim"),
        person_alone=("pessoa", "atendente", "humano", "uma pessoa", "um atendente", "atendente por favor",
                      "operador", "agente"),
        crisis=("quero morrer", "me matar", "suicidio", "suicidar", "tirar minha vida", "tirar a minha vida",
                "nao quero mais viver", "nao quero viver", "me machucar", "me cortar", "acabar com a minha vida",
                "tomei muitos comprimidos", "overdose"),
        danger=("me bate", "me bateu", "me ameaca", "quer me matar", "estou em perigo", "tenho medo do meu marido",
                "tenho medo do meu companheiro", "violencia domestica", "me agrediu", "me agarrou"),
        greetings=("ola", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "bom dia", "boa tarde",
                   "boa noite", "tchau"),
        vocabulary=("ajuda", "pedido", "pedidos", "encomenda", "pacote", "entrega", "reembolso", "devolucao", "fatura",
                    "conta", "preciso", "quero", "onde", "quando", "ainda", "chegou", "entendo", "ajudar", "pode",
                    "falo", "ingles"),
    ),
    "it": Words(
        "Italian",
        person=("parlare con una persona", "parlare con qualcuno", "parlare con un operatore",
                "parlare con un umano", "parlare con un agente", "una persona vera", "un essere umano",
                "servizio clienti", "voglio un operatore", "chiamatemi", "mi chiami", "passatemi"),
        person_alone=("operatore", "persona", "umano", "un operatore", "una persona", "operatore per favore",
                      "agente"),
        crisis=("voglio morire", "suicidarmi", "suicidio", "uccidermi", "togliermi la vita", "farla finita",
                "non voglio piu vivere", "farmi del male", "mi taglio", "troppe pastiglie", "troppe pillole",
                "overdose"),
        danger=("mi picchia", "mi ha picchiato", "mi ha picchiata", "mi minaccia", "vuole uccidermi",
                "sono in pericolo", "ho paura di mio marito", "ho paura del mio compagno", "violenza domestica",
                "mi ha aggredito", "mi ha aggredita", "mi ha afferrato", "mi ha afferrata"),
        greetings=("ciao", "grazie", "grazie mille", "buongiorno", "buonasera", "arrivederci"),
        vocabulary=("aiuto", "ordine", "ordini", "pacco", "spedizione", "consegna", "rimborso", "reso", "fattura",
                    "ho bisogno", "dove", "quando", "ancora", "arrivato", "capisco", "aiutare", "puo", "parlo",
                    "inglese"),
    ),
    "nl": Words(
        "Dutch",
        person=("met een mens spreken", "met een medewerker spreken", "met iemand spreken", "met iemand praten",
                "een medewerker", "een echt persoon", "een echte persoon", "klantenservice", "bel me",
                "bel mij", "doorverbinden"),
        person_alone=("medewerker", "mens", "een medewerker", "een mens", "medewerker graag", "persoon"),
        crisis=("ik wil dood", "ik wil niet meer leven", "zelfmoord", "mezelf van kant maken", "mezelf iets aandoen",
                "mezelf pijn doen", "mezelf snijden", "te veel pillen", "alle pillen genomen", "overdosis"),
        danger=("hij slaat me", "zij slaat me", "slaat mij", "bedreigt me", "bedreigt mij", "wil me vermoorden",
                "ik ben in gevaar", "bang voor mijn man", "bang voor mijn partner", "huiselijk geweld",
                "heeft me aangevallen", "heeft me vastgegrepen", "heeft me betast"),
        greetings=("hallo", "hoi", "dank je", "dank u", "dankjewel", "bedankt", "goedemorgen", "goedemiddag", "doei"),
        vocabulary=("hulp", "bestelling", "bestellingen", "pakket", "levering", "terugbetaling", "retour", "factuur",
                    "nodig", "waar", "wanneer", "nog steeds", "aangekomen", "alstublieft", "graag", "begrijp", "helpen",
                    "kunt", "spreek", "engels"),
    ),
    "pl": Words(
        "Polish",
        person=("rozmawiac z czlowiekiem", "rozmawiac z konsultantem", "rozmawiac z kims", "porozmawiac z kims",
                "porozmawiac z konsultantem", "z prawdziwym czlowiekiem", "obsluga klienta", "prosze o konsultanta",
                "zadzwoncie do mnie", "polaczcie mnie"),
        person_alone=("konsultant", "czlowiek", "konsultanta", "konsultant prosze", "pracownik"),
        crisis=("chce umrzec", "nie chce zyc", "samobojstwo", "zabic sie", "zabije sie", "odebrac sobie zycie",
                "skrzywdzic sie", "tne sie", "za duzo tabletek", "przedawkowalem", "przedawkowalam"),
        danger=("bije mnie", "pobil mnie", "pobila mnie", "grozi mi", "chce mnie zabic", "jestem w niebezpieczenstwie",
                "boje sie meza", "boje sie partnera", "przemoc domowa", "zaatakowal mnie", "zlapal mnie",
                "dotykal mnie"),
        greetings=("czesc", "dzien dobry", "dziekuje", "dzieki", "dobry wieczor", "do widzenia"),
        vocabulary=("pomoc", "zamowienie", "zamowienia", "paczka", "przesylka", "dostawa", "zwrot", "faktura", "konto",
                    "potrzebuje", "gdzie", "kiedy", "nadal", "dotarla", "prosze", "rozumiem", "pomoc", "mowie",
                    "angielsku"),
    ),
    "tr": Words(
        "Turkish",
        person=("bir insanla konusmak", "temsilciyle konusmak", "temsilci ile konusmak", "biriyle konusmak",
                "musteri hizmetleri", "gercek bir insan", "canli destek", "beni arayin", "beni arar misiniz",
                "bir temsilci istiyorum"),
        person_alone=("temsilci", "insan", "canli destek", "temsilci lutfen", "yetkili"),
        crisis=("olmek istiyorum", "intihar", "kendimi oldur", "canima kiy", "yasamak istemiyorum",
                "kendime zarar", "kendimi kesiyorum", "cok fazla hap", "asiri doz"),
        danger=("beni dovuyor", "beni dovdu", "beni tehdit ediyor", "beni oldurmek istiyor", "tehlikedeyim",
                "kocamdan korkuyorum", "esimden korkuyorum", "aile ici siddet", "bana saldirdi", "beni yakaladi",
                "bana dokundu"),
        greetings=("merhaba", "tesekkurler", "tesekkur ederim", "sag olun", "gunaydin", "iyi gunler"),
        vocabulary=("yardim", "siparis", "siparisim", "kargo", "paket", "teslimat", "iade", "fatura", "hesap", "nerede",
                    "ne zaman", "hala", "gelmedi", "lutfen", "anlamiyorum", "konusuyorum", "ingilizce"),
    ),
    "ru": Words(
        "Russian",
        person=("поговорить с человеком", "поговорить с оператором", "поговорить с кем-нибудь",
                "позовите оператора", "соедините с оператором", "живой человек", "живым человеком",
                "служба поддержки", "позвоните мне", "нужен оператор"),
        person_alone=("оператор", "человек", "оператора", "оператор пожалуйста", "менеджер"),
        crisis=("хочу умереть", "не хочу жить", "самоубийство", "покончить с собой", "убить себя", "убью себя",
                "суицид", "причинить себе вред", "режу себя", "наглотался таблеток", "наглоталась таблеток",
                "передозировка"),
        danger=("он меня бьет", "она меня бьет", "меня бьет", "избил меня", "угрожает мне", "хочет меня убить",
                "я в опасности", "боюсь мужа", "боюсь партнера", "домашнее насилие", "напал на меня",
                "схватил меня", "трогал меня"),
        greetings=("привет", "здравствуйте", "спасибо", "большое спасибо", "добрый день", "до свидания"),
    ),
    "zh": Words(
        "Chinese",
        person=("人工客服", "转人工", "人工服务", "真人", "找客服", "联系客服", "和人说话", "跟人说话", "给我打电话"),
        person_alone=("人工", "客服", "人工客服"),
        crisis=("想死", "自杀", "不想活", "轻生", "结束生命", "结束自己的生命", "伤害自己", "自残", "割腕",
                "吃了很多药", "吃了好多药"),
        danger=("他打我", "她打我", "打了我", "威胁我", "要杀了我", "想杀我", "我有危险", "家暴", "家庭暴力",
                "袭击了我", "抓住我", "摸我"),
        greetings=("你好", "谢谢", "您好", "再见"),
        spaced=False,
        idioms=("想死你", "想死您", "想死我了", "想死他了", "想死她了", "想死大家", "打了我的电话", "打了我电话",
                "打了我的手机", "打了我手机"),
    ),
    "ja": Words(
        "Japanese",
        person=("オペレーター", "担当者と話", "人と話", "人間と話", "有人対応", "電話してください", "電話をください",
                "問い合わせ窓口"),
        person_alone=("担当者", "オペレーター", "人間"),
        crisis=("死にたい", "自殺", "消えたい", "生きたくない", "生きていたくない", "命を絶", "自傷", "リストカット",
                "薬をたくさん飲", "過剰摂取"),
        danger=("殴られ", "暴力を振るわれ", "脅され", "殺される", "危険な状態", "家庭内暴力", "襲われ", "つかまれ",
                "触られ"),
        greetings=("こんにちは", "ありがとう", "ありがとうございます", "こんばんは", "おはようございます"),
        spaced=False,
    ),
    "ar": Words(
        "Arabic",
        person=("التحدث مع شخص", "التحدث مع موظف", "أتكلم مع شخص", "اتكلم مع شخص", "أريد موظف", "اريد موظف",
                "خدمة العملاء", "شخص حقيقي", "اتصلوا بي", "اتصل بي"),
        person_alone=("موظف", "شخص", "انسان", "إنسان", "موظف من فضلك"),
        crisis=("أريد أن أموت", "اريد ان اموت", "انتحار", "أنتحر", "انتحر", "أقتل نفسي", "اقتل نفسي",
                "لا أريد أن أعيش", "لا اريد ان اعيش", "إيذاء نفسي", "ايذاء نفسي", "أؤذي نفسي", "جرعة زائدة"),
        danger=("يضربني", "ضربني", "يهددني", "يريد قتلي", "أنا في خطر", "انا في خطر", "عنف أسري", "عنف منزلي",
                "اعتدى علي", "أمسكني", "لمسني"),
        greetings=("مرحبا", "شكرا", "شكراً", "السلام عليكم", "أهلا"),
    ),
}
