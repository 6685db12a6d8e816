#!/usr/bin/env python3
"""A large fictional municipality in the demo-content format, for benchmarks.

Writes OUT_DIR as data/demo/FORMAT.md describes it, so `municipal-server load-demo --demo OUT_DIR`
publishes it: at scale 1.0, 100,000 news items, 10,000 legal documents with about 200 MB of text
(many resolutions of a few KB, a few codes of 100-300 KB), 2,000 services and 20,000 events and
calls. Every count is multiplied by --scale (at least one of each). The small collections
(categories, surveys, forum topics and posts, pages, projects) and manifest.json are copied from
data/demo unchanged, and the generated dates lie around its demo_epoch.

The Spanish text comes from a word-level Markov chain (order 2) built from all the text in
data/demo, so the search index sees real words with accents and ñ. Search benchmarks can rely on
a few planted terms: exactly three legal documents contain "xilófono" once, and "vivienda",
"licencia", "construcción", "registro civil", "medio ambiente" and "propiedad" are spread over
many legal texts. No item has an image or a PDF.

The output is the same byte for byte for the same seed and scale.

    tests/bench/generate_municipality.py OUT_DIR [--seed N] [--scale F]

    tests/bench/generate_municipality.py /tmp/big --scale 0.01      (a quick smoke run)
    municipal-server load-demo --demo /tmp/big --data-dir /tmp/big-store
"""
import argparse
import datetime
import json
import math
import os
import random
import re
import shutil
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "data", "demo")

COUNTS = {"news": 100_000, "legal": 10_000, "services": 2_000, "events": 20_000}
LEGAL_BYTES_PER_DOCUMENT = 20_000
COPIED = ["categories", "surveys", "forum_topics", "forum_posts", "pages", "projects"]
RARE_WORD = "xilófono"
RARE_DOCUMENTS = 3
OFFSET = "-05:00"

NEWS_CATEGORIES = ["medio-ambiente", "proyectos-locales", "innovacion", "cultura", "deportes",
                   "salud", "gobierno", "comunidad"]
EVENT_CATEGORIES = ["cultura", "deportes", "educacion", "organizaciones", "salud", "comunidad"]
CONSEJOS = ["Centro", "La Ceiba", "El Cañaveral", "Paso Real", "Las Palmas", "Loma Azul"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"]
ORDINALS = ["PRIMER", "SEGUND", "TERCER", "CUART", "QUINT", "SEXT", "SÉPTIM", "OCTAV", "NOVEN",
            "DÉCIM"]

FIRST_NAMES = [("Marisol", "f"), ("Yanelis", "f"), ("Dayana", "f"), ("Lisandra", "f"),
               ("Yudith", "f"), ("Odalys", "f"), ("Mayelín", "f"), ("Niurka", "f"),
               ("Arelys", "f"), ("Begoña", "f"), ("Idania", "f"), ("Maritza", "f"),
               ("Iliana", "f"), ("Yamilé", "f"), ("Ernesto", "m"), ("Osmany", "m"),
               ("Alejandro", "m"), ("Rolando", "m"), ("Yoandy", "m"), ("Reinaldo", "m"),
               ("Joaquín", "m"), ("Lázaro", "m"), ("Ramón", "m"), ("Yunior", "m"),
               ("Raúl", "m"), ("Andrés", "m"), ("Julián", "m"), ("Noel", "m")]
SURNAMES = ["Cañizares", "Peña", "Ordóñez", "Castillo", "Villalobos", "Núñez", "Estévez",
            "Marrero", "Cárdenas", "Rivero", "Pérez", "Lugo", "Milián", "Toledo", "Mena", "Báez",
            "Ramos", "Echevarría", "Valdivia", "Soto", "Rosales", "Muñoz", "Ibáñez", "Quiñones",
            "Hernández", "Álvarez", "González", "Díaz", "Martínez", "Rodríguez", "Fernández",
            "Sánchez", "Gómez", "López", "Acuña", "Montañez", "Calderón", "Beltrán"]

NATIONAL_GAZETTE = "Gaceta Oficial de la República"
MUNICIPAL_GAZETTE = "Gaceta Oficial Municipal de Río Hondo"

# How each issuer opens, decides and signs, as in the demo's texts. Signer titles are
# (masculine, feminine).
ISSUERS = {
    "Asamblea Nacional del Poder Popular": {
        "national": True,
        "signer": ("Presidente de la Asamblea Nacional del Poder Popular",
                   "Presidenta de la Asamblea Nacional del Poder Popular"),
        "proclaims": ("{name}, {title} de la República de Cuba.",
                      "HAGO SABER: Que la Asamblea Nacional del Poder Popular, en la sesión "
                      "ordinaria celebrada el día {day} de {month} del año {year}, ha aprobado lo "
                      "siguiente:"),
        "therefore": "POR TANTO: La Asamblea Nacional del Poder Popular, en el ejercicio de las "
                     "atribuciones que le están conferidas, ha adoptado la siguiente:",
        "given": "DADA en la Sala de Sesiones de la Asamblea Nacional del Poder Popular, en La "
                 "Habana",
    },
    "Consejo de Estado": {
        "national": True,
        "signer": ("Presidente del Consejo de Estado", "Presidenta del Consejo de Estado"),
        "proclaims": ("{name}, {title} de la República de Cuba.",
                      "HAGO SABER: Que el Consejo de Estado ha considerado lo siguiente:"),
        "therefore": "POR TANTO: El Consejo de Estado, en el ejercicio de las atribuciones que le "
                     "están conferidas, acuerda dictar el siguiente:",
        "given": "DADO en La Habana",
    },
    "Consejo de Ministros": {
        "national": True,
        "signer": ("Primer Ministro", "Primera Ministra"),
        "therefore": "POR TANTO: El Consejo de Ministros, en el ejercicio de las atribuciones que "
                     "le confiere la Constitución de la República de Cuba, decreta lo siguiente:",
        "given": "DADO en La Habana",
    },
    "Asamblea Municipal del Poder Popular de Río Hondo": {
        "signer": ("Presidente de la Asamblea Municipal del Poder Popular de Río Hondo",
                   "Presidenta de la Asamblea Municipal del Poder Popular de Río Hondo"),
        "secretary": ("Secretario de la Asamblea Municipal del Poder Popular de Río Hondo",
                      "Secretaria de la Asamblea Municipal del Poder Popular de Río Hondo"),
        "therefore": "POR TANTO: En el ejercicio de las atribuciones que le confiere la ley a las "
                     "Asambleas Municipales del Poder Popular, esta Asamblea",
        "decides": "ACUERDA:",
        "given": "DADO en la Sala de Sesiones de la Asamblea Municipal del Poder Popular de Río "
                 "Hondo",
    },
    "Consejo de la Administración Municipal de Río Hondo": {
        "signer": ("Intendente Municipal y Presidente del Consejo de la Administración Municipal "
                   "de Río Hondo",
                   "Intendenta Municipal y Presidenta del Consejo de la Administración Municipal "
                   "de Río Hondo"),
        "therefore": "POR TANTO: En el ejercicio de las facultades que le están conferidas, el "
                     "Consejo de la Administración Municipal de Río Hondo",
        "decides": "ACUERDA:",
        "given": "DADO en Río Hondo",
    },
    "Intendencia Municipal de Río Hondo": {
        "signer": ("Intendente Municipal de Río Hondo", "Intendenta Municipal de Río Hondo"),
        "therefore": "POR TANTO: En el ejercicio de las facultades que me están conferidas,",
        "decides": "RESUELVO:",
        "given": "DADA en Río Hondo",
    },
    "Dirección Municipal de Finanzas y Precios de Río Hondo": {
        "signer": ("Director Municipal de Finanzas y Precios", "Directora Municipal de Finanzas "
                   "y Precios"),
        "therefore": "POR TANTO: En el ejercicio de las facultades que me están conferidas,",
        "decides": "RESUELVO:",
        "given": "DADA en Río Hondo",
    },
    "Dirección Municipal de Planificación Física de Río Hondo": {
        "signer": ("Director Municipal de Planificación Física", "Directora Municipal de "
                   "Planificación Física"),
        "therefore": "POR TANTO: En el ejercicio de las facultades que me están conferidas,",
        "decides": "RESUELVO:",
        "given": "DADA en Río Hondo",
    },
    "Dirección Municipal de la Vivienda de Río Hondo": {
        "signer": ("Director Municipal de la Vivienda", "Directora Municipal de la Vivienda"),
        "therefore": "POR TANTO: En el ejercicio de las facultades que me están conferidas,",
        "decides": "RESUELVO:",
        "given": "DADA en Río Hondo",
    },
}
ANPP = "Asamblea Nacional del Poder Popular"
AMPP = "Asamblea Municipal del Poder Popular de Río Hondo"
CAM = "Consejo de la Administración Municipal de Río Hondo"
INTENDENCIA = "Intendencia Municipal de Río Hondo"
RESOLVING = [INTENDENCIA, CAM, "Dirección Municipal de Finanzas y Precios de Río Hondo",
             "Dirección Municipal de Planificación Física de Río Hondo",
             "Dirección Municipal de la Vivienda de Río Hondo"]

# Per type: share of the documents, log-normal size (median KB, sigma), size bounds (KB), the
# word the text calls itself, whether that word is feminine, and the issuers with weights.
# Many short resolutions and agreements, few long codes, as in a real municipal archive.
LEGAL_TYPES = {
    "resolucion": dict(share=38, median=5, sigma=0.55, bounds=(2, 40), word="Resolución",
                       feminine=True, number="Resolución No.",
                       issuers=[(INTENDENCIA, 50), (CAM, 15), (RESOLVING[2], 15),
                                (RESOLVING[3], 10), (RESOLVING[4], 10)]),
    "acuerdo": dict(share=24, median=6, sigma=0.55, bounds=(2, 60), word="Acuerdo",
                    feminine=False, number="Acuerdo No.", issuers=[(AMPP, 80), (CAM, 20)]),
    "decreto": dict(share=8, median=17, sigma=0.5, bounds=(4, 120), word="Decreto",
                    feminine=False, number="Decreto No.", issuers=[("Consejo de Ministros", 1)]),
    "decreto-ley": dict(share=4, median=20, sigma=0.5, bounds=(5, 150), word="Decreto-Ley",
                        feminine=False, number="Decreto-Ley No.",
                        issuers=[("Consejo de Estado", 1)]),
    "ley": dict(share=3, median=45, sigma=0.5, bounds=(10, 250), word="Ley", feminine=True,
                number="Ley No.", issuers=[(ANPP, 1)]),
    "reglamento": dict(share=9, median=25, sigma=0.5, bounds=(5, 150), word="Reglamento",
                       feminine=False, number="Reglamento No.", issuers=[(CAM, 60), (AMPP, 40)]),
    "gaceta": dict(share=12, median=25, sigma=0.45, bounds=(6, 120), word="Gaceta",
                   feminine=True, number="No.", issuers=[(AMPP, 1)]),
    "codigo": dict(share=2, median=150, sigma=0.3, bounds=(100, 300), word="Código",
                   feminine=False, number="Acuerdo No.", issuers=[(AMPP, 70), (ANPP, 30)]),
}
CODE_SUBJECTS = ["Convivencia Ciudadana", "Ordenamiento Territorial y Urbanismo",
                 "Protección del Medio Ambiente", "Vivienda y Construcción",
                 "Protección del Patrimonio Cultural", "Comercio y Servicios",
                 "Higiene y Salud Comunitaria", "Tránsito y Transporte Local",
                 "Uso de los Espacios Públicos", "Gestión de Residuos y Limpieza Urbana",
                 "Protección de los Recursos Hídricos", "Actividades Agropecuarias"]

# Articles that make sure the common query terms occur in many legal texts; the demo's texts
# barely use some of them ("registro civil" not at all).
TERM_ARTICLES = [
    "La licencia de construcción de vivienda se solicita en la Dirección Municipal de "
    "Planificación Física, que la otorga o la deniega en un plazo de {days} días hábiles.",
    "Las obras de construcción, ampliación o remodelación de una vivienda en el consejo popular "
    "{cp} requieren la licencia de construcción correspondiente y el visado del arquitecto de la "
    "comunidad.",
    "El titular del derecho de propiedad sobre la vivienda presenta en el Registro de la Propiedad "
    "el título que lo acredita, junto con la certificación expedida por el registro civil.",
    "La inscripción de nacimientos, matrimonios y defunciones en el registro civil es gratuita; "
    "las certificaciones se expiden en un plazo de {days} días hábiles.",
    "Las personas naturales y jurídicas están obligadas a proteger el medio ambiente y a reparar "
    "el daño que causen a los suelos, a las aguas, a la flora y a la fauna del consejo popular "
    "{cp}.",
    "La Unidad de Medio Ambiente evalúa el impacto de toda obra de construcción que se ejecute a "
    "menos de {meters} metros del cauce del río Hondo y puede exigir medidas de protección del "
    "medio ambiente antes de su inicio.",
    "Se suspende la licencia del titular que incumpla las normas de protección del medio ambiente "
    "o las condiciones de higiene establecidas, hasta que subsane las deficiencias señaladas.",
    "Los cambios de titularidad de la propiedad de los inmuebles se comunican a la Dirección "
    "Municipal de la Vivienda y al Registro de la Propiedad dentro de los {days} días siguientes.",
    "La licencia de construcción caduca si la obra no se inicia dentro de los {months} meses "
    "siguientes a su otorgamiento; su prórroga se solicita antes del vencimiento.",
    "Los datos del registro civil y del registro de direcciones se utilizan para actualizar el "
    "censo de viviendas del consejo popular {cp}, con respeto a la protección de los datos "
    "personales.",
    "Las viviendas construidas por esfuerzo propio se inscriben en el Registro de la Propiedad una "
    "vez concluida la construcción y obtenido el certificado de habitable.",
    "Las infracciones de las normas de medio ambiente, de construcción y de uso de la vivienda se "
    "sancionan con multas de {fine} a {fine2} pesos, sin perjuicio de la obligación de reparar el "
    "daño causado.",
    "El registro civil expide sin costo las certificaciones que necesiten las familias afectadas "
    "por la pérdida de su vivienda para solicitar los subsidios de construcción.",
    "Los bienes de propiedad personal, cooperativa o estatal situados en la franja de protección "
    "del río se destinan a usos compatibles con la conservación del medio ambiente.",
]
TERM_ARTICLE_SHARE = 0.07
RARE_SENTENCE = ("Se exceptúan los ensayos de la banda municipal de conciertos y de los conjuntos "
                 "de la Casa de Cultura, incluidos los de percusión y {word}, siempre que terminen "
                 "antes de las diez de la noche.")

SERVICE_ACTIONS = ["Certificación de", "Solicitud de", "Inscripción de", "Renovación de",
                   "Cambio de", "Trámite de", "Legalización de", "Duplicado de",
                   "Reclamación por", "Autorización de", "Registro de", "Actualización de",
                   "Consulta sobre", "Baja de", "Reserva de turno para"]
SERVICE_OBJECTS = ["nacimiento", "matrimonio", "defunción", "la vivienda", "obras de construcción",
                   "domicilio", "el carné de identidad", "la libreta de abastecimiento",
                   "contribuyentes", "la propiedad de un inmueble", "uso de suelo",
                   "la licencia de construcción", "servicios de acueducto",
                   "la línea telefónica", "pensión", "prestaciones de asistencia social",
                   "actividad por cuenta propia", "un local comercial", "la tarifa eléctrica",
                   "la cuota de agua", "subsidio para acciones constructivas",
                   "la matrícula escolar",
                   "curso de computación", "consulta especializada", "vacunación",
                   "recogida de escombros", "espacio en el mercado agropecuario",
                   "venta ambulante", "poda de árboles", "ocupación de la vía pública",
                   "animales de compañía", "nicho en el cementerio", "pasaje intermunicipal"]


def spanish_number(n):
    units = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
             "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
             "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
             "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
             "veintinueve"]
    tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
            "noventa"]
    if n < 30:
        return units[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " y " + units[n % 10])
    if n < 2000:
        hundreds = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
                    "seiscientos", "setecientos", "ochocientos", "novecientos"]
        head = "mil" if n >= 1000 else ""
        rest = n % 1000
        if rest == 100:
            part = "cien"
        else:
            part = (hundreds[rest // 100] + " " + spanish_number(rest % 100)
                    if rest % 100 else hundreds[rest // 100])
        return (head + " " + part).strip() if rest else head
    return "dos mil" + (" " + spanish_number(n - 2000) if n > 2000 else "")


def days_words(day):
    """'a los veintiún días', as signatures count the day of the month."""
    if day == 1:
        return "al primer día"
    words = spanish_number(day)
    if words.endswith("uno"):
        words = words[:-3] + ("ún" if day == 21 else "un")
    return f"a los {words} días"


def timestamp(day, minutes):
    return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:00{OFFSET}"


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def upper_first(text):
    return text[:1].upper() + text[1:]


def lower_first(text):
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------------
# The Markov chain

END = None
ABBREVIATIONS = {"No.", "Dr.", "Dra.", "Sr.", "Sra.", "a.m.", "p.m.", "m.", "km.", "etc.",
                 "Ud.", "Uds.", "S.A."}
TITLE_STOP = {"de", "del", "la", "el", "los", "las", "y", "e", "o", "u", "en", "a", "al", "con",
              "por", "para", "que", "un", "una", "unos", "unas", "se", "su", "sus", "lo", "le",
              "les", "sin", "sobre", "entre", "como", "desde", "hasta", "cuando", "donde", "ni",
              "más", "muy", "ya", "este", "esta", "estos", "estas", "cada", "según", "tras", "no",
              "sino", "pero", "porque", "cuyo", "cuya", "cuyos", "cuyas", "es", "son", "ha", "han"}
ARTICLES = {"la", "el", "los", "las"}


def split_sentences(paragraph):
    words = paragraph.split()
    sentences = []
    start = 0
    for i, word in enumerate(words):
        last = word.rstrip("»)\"")
        if (i + 1 < len(words) and last[-1:] in ".?!" and word not in ABBREVIATIONS and
                (words[i + 1][0].isupper() or words[i + 1][0] in "«¿¡")):
            sentences.append(words[start:i + 1])
            start = i + 1
    if start < len(words):
        sentences.append(words[start:])
    return sentences


class Chain:
    """States are word pairs. Most pairs in a small corpus have one possible successor, so each
    state remembers the whole run of words up to the next real choice: a sentence costs a
    handful of random draws instead of one per word."""

    MAX_WORDS = 75

    def __init__(self, rng):
        self.random = rng.random
        self.ids = {}
        self.first = []
        self.second = []
        self.next = []
        self.starts = {}
        self.runs = []

    def _state(self, a, b):
        key = (a, b)
        state = self.ids.get(key)
        if state is None:
            state = self.ids[key] = len(self.first)
            self.first.append(a)
            self.second.append(b)
            self.next.append([])
        return state

    def add(self, domain, words):
        if len(words) < 3:
            return
        states = [self._state(words[i], words[i + 1]) for i in range(len(words) - 1)]
        states.append(self._state(words[-1], END))
        for a, b in zip(states, states[1:]):
            self.next[a].append(b)
        self.starts.setdefault(domain, []).append(states[0])

    def add_text(self, domain, text, first_domain=None):
        for n, words in enumerate(split_sentences(text)):
            self.add(first_domain if first_domain and n == 0 else domain, words)

    def freeze(self):
        self.next = [tuple(successors) for successors in self.next]
        self.single = [len(s) > 0 and s.count(s[0]) == len(s) for s in self.next]
        self.runs = [None] * len(self.first)

    def _run(self, entered):
        run = self.runs[entered]
        if run is None:
            words = []
            following = -1
            state = entered
            while self.second[state] is not END:
                words.append(self.second[state])
                if not self.single[state]:
                    following = state
                    break
                state = self.next[state][0]
            run = self.runs[entered] = (" ".join(words), len(words), following)
        return run

    def sentence(self, domain, ends=".»!?"):
        """A sentence that starts like one of the domain's and ends in one of `ends`."""
        starts = self.starts[domain]
        rnd = self.random
        fallback = ""
        for _ in range(40):
            state = starts[int(rnd() * len(starts))]
            parts = [self.first[state]]
            count = 1
            while True:
                words, n, following = self._run(state)
                if n:
                    parts.append(words)
                    count += n
                if following < 0 or count > self.MAX_WORDS:
                    break
                successors = self.next[following]
                state = successors[int(rnd() * len(successors))]
            text = " ".join(parts)
            if count > self.MAX_WORDS:
                fallback = fallback or text.rstrip(",;:«(\" ") + "."
                continue
            if (text[-1] in ends and text.count("«") == text.count("»") and
                    text.count("(") == text.count(")") and text.count('"') % 2 == 0):
                return text
            fallback = fallback or text
        # Rare: every try was too long, unbalanced or ended wrongly; better an imperfect
        # sentence than none.
        return fallback if fallback[-1] in ends else fallback.rstrip(",;: ") + "."

    def phrase(self, domain, low, high, from_article=False):
        """A title-like fragment: a few words cut from a sentence, without dangling words."""
        rnd = self.random
        for _ in range(20):
            words = self.sentence(domain, ends=".»!?:;").split()
            if from_article:
                at = next((i for i, w in enumerate(words[1:], 1) if w in ARTICLES), None)
                if at is None:
                    continue
                words = words[at:]
            words = words[:low + int(rnd() * (high - low + 1))]
            for i, word in enumerate(words):
                if i >= 3 and word[-1] in ",;:.»)":
                    words = words[:i + 1]
                    break
            words = [w.strip(",;:.«»()\"") for w in words]
            words = [w for w in words if w]
            while len(words) > 2 and words[-1].lower() in TITLE_STOP:
                words.pop()
            if len(words) >= 3:
                return " ".join(words)
        return " ".join(words) or "Río Hondo"


LEGAL_PREFIXES = [
    (re.compile(r"^Artículo \d+\.-\s+"), "article"),
    (re.compile(r"^POR CUANTO:\s+"), "whereas"),
    (re.compile(r"^(PRIMER|SEGUND|TERCER|CUART|QUINT|SEXT|SÉPTIM|OCTAV|NOVEN|DÉCIM)[OA]:\s+"),
     "provision"),
    (re.compile(r"^[a-z]\)\s+"), "item"),
]
SKIPPED_LEGAL = re.compile(r"^(POR TANTO|HAGO SABER|Y para que así conste|[A-ZÁÉÍÓÚÑ]{4,} )")


def build_chain(rng):
    chain = Chain(rng)

    def load(name):
        with open(os.path.join(DEMO, name + ".json"), encoding="utf-8") as f:
            return json.load(f)

    for item in load("news"):
        chain.add_text("summary:" + item["category"], item["summary"])
        for paragraph in item["body"].split("\n\n"):
            chain.add_text("news:" + item["category"], paragraph)
    for item in load("services"):
        chain.add_text("service", item["description"])
        if item["status_note"]:
            chain.add_text("status", item["status_note"])
    for item in load("events"):
        chain.add_text("event:" + item["kind"], item["description"])
    for item in load("pages"):
        for paragraph in item["body"].split("\n"):
            chain.add_text("page", paragraph)
    for item in load("projects"):
        chain.add_text("project", item["description"])
    for item in load("forum_posts"):
        chain.add_text("forum", item["body"])
    for item in load("categories"):
        chain.add_text("category", item["description"])
    for item in load("surveys"):
        chain.add_text("survey", item["description"])
    for item in load("legal"):
        chain.add_text("legal-summary", item["summary"])
    legal_dir = os.path.join(DEMO, "legal")
    for name in sorted(os.listdir(legal_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(legal_dir, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line in lines:
            line = line.strip()
            # Headings, signatures and the gazette's table of contents are generated from
            # templates; only running text feeds the chain.
            if (not line or line == line.upper() or "...." in line or line[-1] not in ".;:,"
                    or SKIPPED_LEGAL.match(line)):
                continue
            first = None
            for pattern, domain in LEGAL_PREFIXES:
                match = pattern.match(line)
                if match:
                    line = line[match.end():]
                    first = domain
                    break
            chain.add_text("legal", line, first_domain=first)
    chain.freeze()
    return chain


# ---------------------------------------------------------------------------------------------
# Legal documents

class LegalWriter:
    def __init__(self, chain, rng):
        self.chain = chain
        self.rng = rng
        self.signers = {}

    def person(self, gender=None):
        rng = self.rng
        while True:
            first, g = FIRST_NAMES[rng.randrange(len(FIRST_NAMES))]
            if gender in (None, g):
                break
        a, b = rng.sample(SURNAMES, 2)
        return f"{first} {a} {b}", g

    def signer(self, issuer, year, role="signer"):
        # The same person signs for a whole term of office.
        key = (issuer, role, year // 5)
        if key not in self.signers:
            self.signers[key] = self.person()
        name, gender = self.signers[key]
        titles = ISSUERS[issuer][role]
        return name, titles[1] if gender == "f" else titles[0]

    def article(self, lines, number):
        chain, rng = self.chain, self.rng
        if rng.random() < TERM_ARTICLE_SHARE:
            text = TERM_ARTICLES[rng.randrange(len(TERM_ARTICLES))].format(
                days=spanish_number(rng.choice([5, 10, 15, 20, 30, 45, 60, 90])),
                months=spanish_number(rng.choice([6, 9, 12, 18, 24])),
                meters=spanish_number(rng.choice([15, 20, 30, 50])),
                fine=rng.choice([100, 200, 300, 500]), fine2=rng.choice([1000, 1500, 2000, 3000]),
                cp=CONSEJOS[rng.randrange(len(CONSEJOS))])
            if rng.random() < 0.5:
                text += " " + chain.sentence("legal", ends=".")
        else:
            text = chain.sentence("article", ends=".:")
        items = []
        if text.endswith(":"):
            count = 2 + rng.randrange(4)
            for i in range(count):
                item = chain.sentence("item", ends=".;,y").rstrip(".;, ")
                if item.endswith(" y") or item.endswith(" o"):
                    item = item[:-2]
                items.append(f"{chr(97 + i)}) {item}{'.' if i == count - 1 else ';'}")
        else:
            for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
                text += " " + chain.sentence("legal", ends=".")
        lines.append(f"Artículo {number}.- {text}")
        lines.extend(items)

    def heading(self):
        phrase = self.chain.phrase("article", 3, 7, from_article=True)
        return ("De " + phrase).replace("De el ", "Del ", 1).upper()

    def articles(self, budget, rare=False, chapters=True):
        """Articles up to `budget` bytes, grouped in chapters (and titles, when there are many)."""
        bodies = []
        size = 0
        while size < budget or not bodies:
            lines = []
            self.article(lines, len(bodies) + 1)
            bodies.append(lines)
            size += sum(len(line.encode("utf-8")) + 2 for line in lines)
        if rare:
            plain = [lines for lines in bodies if len(lines) == 1] or bodies
            plain[self.rng.randrange(len(plain))][-1] += " " + RARE_SENTENCE.format(word=RARE_WORD)
        out = []
        if not chapters or len(bodies) < 12:
            for lines in bodies:
                out.extend(lines)
            return out
        rng = self.rng
        titled = len(bodies) > 90
        title_no = chapter_no = 0
        chapters_left = 0
        i = 0
        while i < len(bodies):
            if titled and chapters_left == 0:
                title_no += 1
                chapter_no = 0
                chapters_left = 2 + rng.randrange(4)
                out.append(f"TÍTULO {ROMAN[min(title_no, len(ROMAN)) - 1]}\n"
                           f"{'DISPOSICIONES GENERALES' if title_no == 1 else self.heading()}")
            chapter_no += 1
            chapters_left -= 1
            first = chapter_no == 1 and title_no <= 1
            out.append(f"CAPÍTULO {ROMAN[min(chapter_no, len(ROMAN)) - 1]}\n"
                       f"{'DISPOSICIONES GENERALES' if first and not titled else self.heading()}")
            size = 4 + rng.randrange(12)
            for lines in bodies[i:i + size]:
                out.extend(lines)
            i += size
        return out

    def dated(self, day):
        return (f"{days_words(day.day)} del mes de {MONTHS[day.month - 1]} del año "
                f"{spanish_number(day.year)}, «Año {day.year - 1958} de la Revolución»")

    def whereas(self, count):
        return [f"POR CUANTO: {self.chain.sentence('whereas', ends='.')}" for _ in range(count)]

    def provisions(self, kind, feminine, gazette, masculine_ordinals=False, start=0, extra=None):
        rng = self.rng
        count = 1 + rng.randrange(3) if extra is None else extra
        texts = [self.chain.sentence("provision", ends=".") for _ in range(count)]
        this = f"{'La presente' if feminine else 'El presente'} {kind}"
        days = rng.choice(["a partir de su publicación", "a los treinta días de su publicación",
                           "a los sesenta días de su publicación",
                           "a los noventa días de su publicación"])
        texts.append(f"{this} entra en vigor {days} en la {gazette}.")
        suffix = "O" if masculine_ordinals else "A"
        return [f"{ORDINALS[min(start + i, 9)]}{suffix}: {text}" for i, text in enumerate(texts)]

    def disposition(self, doc, budget, rare):
        """The text of one law, decree, resolution, agreement, regulation or code."""
        rng = self.rng
        kind = LEGAL_TYPES[doc["type"]]
        issuer = doc["issuer"]
        info = ISSUERS[issuer]
        day = doc["day"]
        year = day.year
        national = info.get("national", False)
        gazette = NATIONAL_GAZETTE if national else MUNICIPAL_GAZETTE
        word = kind["word"]
        title_upper = doc["title"].upper()
        label, _, rest = doc["number"].partition(" No. ")
        number_line = f"{label.upper()} No. {rest}"
        signed = day - datetime.timedelta(days=3 + rng.randrange(25))
        out = []
        if doc["type"] in ("resolucion", "acuerdo") or (doc["type"] == "reglamento" and
                                                        not national and rng.random() < 0.3):
            out += [issuer.upper(), number_line]
            if doc["type"] != "resolucion":
                out.append(title_upper)
        elif national and "proclaims" in info:
            name, title = self.signer(issuer, year)
            out += [number_line, title_upper, issuer.upper(),
                    info["proclaims"][0].format(name=name.upper(), title=title),
                    info["proclaims"][1].format(day=spanish_number(signed.day),
                                                month=MONTHS[signed.month - 1],
                                                year=spanish_number(signed.year))]
        else:
            out += [issuer.upper(), number_line, title_upper]
        out += self.whereas(2 + min(4, int(budget / 8000)) + rng.randrange(2))
        decides = info.get("decides")
        resolution = decides == "RESUELVO:"
        if resolution:
            out += [info["therefore"], decides,
                    f"PRIMERO: Aprobar {lower_first(doc['title'])}, en los términos que se "
                    f"establecen en la presente Resolución."]
        elif decides and doc["type"] == "acuerdo":
            out += [info["therefore"], decides]
        else:
            therefore = info["therefore"]
            if decides:
                therefore += " aprueba el siguiente:"
            out += [therefore, f"{number_line}\n{title_upper}" if national else title_upper]
        # What follows the articles (provisions, signatures) is about a kilobyte.
        written = sum(len(p.encode("utf-8")) + 2 for p in out)
        out += self.articles(max(budget - written - 1100, 300), rare,
                             chapters=not resolution)
        if resolution:
            out += self.provisions(word, kind["feminine"] or word == "Resolución", gazette,
                                   masculine_ordinals=True, start=1)
            out += ["NOTIFÍQUESE a los jefes de las direcciones municipales y a los presidentes de "
                    "los consejos populares.",
                    f"PUBLÍQUESE en la {gazette}.",
                    "ARCHÍVESE el original en la Dirección Jurídica de la Intendencia Municipal."]
        else:
            out.append("DISPOSICIONES FINALES")
            out += self.provisions(word, kind["feminine"], gazette)
            out.append(f"PUBLÍQUESE en la {gazette}{' de Cuba' if rng.random() < 0.3 else ''}.")
        if doc["type"] == "acuerdo":
            out.append(f"Y para que así conste, se expide el presente en Río Hondo, "
                       f"{self.dated(signed)}.")
        else:
            out.append(f"{info['given']}, {self.dated(signed)}.")
        name, title = self.signer(issuer, year)
        out.append(f"{name}\n{title}")
        if "secretary" in info:
            name, title = self.signer(issuer, year, "secretary")
            out.append(f"{name}\n{title}")
        return out

    def gazette(self, doc, budget, rare):
        rng = self.rng
        day = doc["day"]
        edition = doc["edition"]
        entries = max(2, min(10, int(budget / 5000)))
        parts = []
        contents = []
        rare_at = rng.randrange(entries) if rare else -1
        page = 1
        for i in range(entries):
            issuer = RESOLVING[rng.randrange(len(RESOLVING))] if rng.random() < 0.75 else AMPP
            kind = "resolucion" if ISSUERS[issuer].get("decides") == "RESUELVO:" else "acuerdo"
            label = "Resolución No." if kind == "resolucion" else "Acuerdo No."
            number = f"{label} {1 + rng.randrange(300)}/{day.year}"
            summary = self.chain.sentence("legal-summary", ends=".")
            title = self.chain.phrase("article", 5, 12, from_article=True)
            inner = {"type": kind, "issuer": issuer, "day": day, "number": number,
                     "title": upper_first(title)}
            text = self.disposition(inner, budget / entries, rare and i == rare_at)
            contents.append((issuer, f"{number} {summary[:-1]} ........ página {page}"))
            page += 1 + len(text) // 30
            parts.append("______________________________")
            parts += text
        head = ["GACETA OFICIAL MUNICIPAL DE RÍO HONDO",
                "Órgano oficial de divulgación de la Asamblea Municipal del Poder Popular y de la "
                "Intendencia Municipal de Río Hondo",
                f"EDICIÓN ORDINARIA No. {edition} · {WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{MONTHS[day.month - 1]} de {day.year} · «Año {day.year - 1958} de la "
                f"Revolución»",
                "Editada por la Secretaría de la Asamblea Municipal del Poder Popular. Palacio "
                "Municipal, calle Martí No. 2, Río Hondo. Los ejemplares impresos pueden "
                "consultarse en la Biblioteca Pública Municipal, en el Museo Municipal y en las "
                "sedes de los consejos populares.",
                "SUMARIO"]
        previous = None
        for issuer, line in contents:
            if issuer != previous:
                head.append(issuer.upper())
                previous = issuer
            head.append(line)
        return head + parts

    def text(self, doc, budget, rare):
        if doc["type"] == "gaceta":
            paragraphs = self.gazette(doc, budget, rare)
        else:
            paragraphs = self.disposition(doc, budget, rare)
        return "\n\n".join(paragraphs) + "\n"


def legal_plan(rng, count, epoch):
    """Types, issuers, dates and target sizes, before any text is written."""
    types = list(LEGAL_TYPES)
    weights = [LEGAL_TYPES[t]["share"] for t in types]
    docs = []
    for _ in range(count):
        kind = rng.choices(types, weights)[0]
        spec = LEGAL_TYPES[kind]
        issuers, issuer_weights = zip(*spec["issuers"])
        # Twenty years of dispositions, more of them in recent years.
        back = int(20 * 365.25 * (1 - math.sqrt(rng.random())))
        docs.append({"type": kind, "issuer": rng.choices(issuers, issuer_weights)[0],
                     "day": epoch - datetime.timedelta(days=back),
                     "size": rng.lognormvariate(math.log(spec["median"] * 1000), spec["sigma"])})
    # Scale the sizes so that the total is what the benchmark asks for, keeping each type
    # within its bounds (a code is never a few KB, a resolution never a book).
    target = LEGAL_BYTES_PER_DOCUMENT * count
    for _ in range(6):
        factor = target / sum(d["size"] for d in docs)
        for d in docs:
            low, high = LEGAL_TYPES[d["type"]]["bounds"]
            d["size"] = min(max(d["size"] * factor, low * 1000), high * 1000)
    docs.sort(key=lambda d: (d["day"], d["type"], d["issuer"]))
    numbers = {}
    editions = {}
    for index, d in enumerate(docs):
        year = d["day"].year
        if d["type"] == "gaceta":
            editions[year] = editions.get(year, 0) + 1
            d["edition"] = editions[year]
            d["number"] = f"No. {d['edition']} de {year}"
            d["id"] = f"legal-gaceta-municipal-{year}-{d['edition']}"
            d["gazette"] = f"{MUNICIPAL_GAZETTE}, No. {d['edition']} de {year}"
            continue
        label = LEGAL_TYPES[d["type"]]["number"]
        if d["type"] == "codigo" and d["issuer"] == ANPP:
            label = "Ley No."
        key = (label, d["issuer"], year)
        numbers[key] = numbers.get(key, 0) + 1 + rng.randrange(4)
        d["number"] = f"{label} {numbers[key]}/{year}"
        d["id"] = f"legal-{d['type']}-{year}-{index + 1:05d}"
        day_of_year = d["day"].timetuple().tm_yday
        if ISSUERS[d["issuer"]].get("national"):
            d["gazette"] = (f"{NATIONAL_GAZETTE}, Edición Ordinaria No. {1 + day_of_year // 3} "
                            f"de {year}")
        else:
            d["gazette"] = f"{MUNICIPAL_GAZETTE}, No. {1 + day_of_year // 8} de {year}"
    return docs


def legal_title(chain, rng, doc):
    kind = doc["type"]
    if kind == "gaceta":
        return f"{MUNICIPAL_GAZETTE}, Edición Ordinaria No. {doc['edition']} de {doc['day'].year}"
    if kind == "codigo":
        return f"Código de {CODE_SUBJECTS[rng.randrange(len(CODE_SUBJECTS))]} " + (
            "del Municipio Río Hondo" if doc["issuer"] != ANPP else "de la República de Cuba")
    phrase = chain.phrase("article", 5, 13, from_article=True)
    if kind in ("decreto", "decreto-ley"):
        return ("De " + phrase).replace("De el ", "Del ", 1)
    if kind == "ley":
        return "Ley sobre " + phrase
    if kind == "reglamento":
        return ("Reglamento de " + phrase).replace(" de el ", " del ", 1)
    if kind == "acuerdo":
        verb = rng.choice(["que aprueba", "sobre", "que regula"])
        return f"Acuerdo {verb} {phrase}"
    return upper_first(phrase)


# ---------------------------------------------------------------------------------------------
# Writing

class JsonArray:
    """One item per line: greppable, and much faster than an indented dump of 100,000 items."""

    def __init__(self, path):
        self.file = open(path, "w", encoding="utf-8", newline="\n")
        self.file.write("[")
        self.count = 0

    def add(self, item):
        self.file.write(",\n" if self.count else "\n")
        self.file.write(json.dumps(item, ensure_ascii=False))
        self.count += 1

    def close(self):
        self.file.write("\n]\n")
        self.file.close()


class Progress:
    def __init__(self, name, total):
        self.name = name
        self.total = total
        self.step = max(1, total // 10)
        self.started = time.monotonic()

    def tick(self, done):
        if done % self.step == 0 or done == self.total:
            print(f"{self.name}: {done}/{self.total} ({time.monotonic() - self.started:.1f} s)",
                  file=sys.stderr, flush=True)


def write_news(out_dir, chain, rng, count, epoch):
    authors = [f"{first} {a} {b}" for (first, _), a, b in
               zip(FIRST_NAMES, SURNAMES, reversed(SURNAMES))][:16] + ["Redacción municipal"]
    # Ten years of news, more of it recent.
    moments = sorted((epoch - datetime.timedelta(days=int(3652 * (1 - math.sqrt(rng.random())))),
                      7 * 60 + rng.randrange(12 * 12) * 5) for _ in range(count))
    progress = Progress("news", count)
    out = JsonArray(os.path.join(out_dir, "news.json"))
    sentence = chain.sentence
    for index, (day, minutes) in enumerate(moments, 1):
        category = NEWS_CATEGORIES[rng.randrange(len(NEWS_CATEGORIES))]
        domain = "news:" + category
        paragraphs = []
        for _ in range(3 + rng.randrange(3)):
            paragraphs.append(" ".join(sentence(domain) for _ in range(1 + rng.randrange(3))))
        summary = sentence("summary:" + category)
        if rng.random() < 0.3:
            summary += " " + sentence("summary:" + category)
        out.add({"id": f"news-{day.year}-{index:06d}",
                 "title": upper_first(chain.phrase(domain, 6, 13)),
                 "summary": summary,
                 "body": "\n\n".join(paragraphs),
                 "category": category,
                 "published_at": timestamp(day, minutes),
                 "author": authors[rng.randrange(len(authors))]})
        progress.tick(index)
    out.close()
    return count


def write_legal(out_dir, chain, rng, count, epoch):
    legal_dir = os.path.join(out_dir, "legal")
    os.makedirs(legal_dir, exist_ok=True)
    docs = legal_plan(rng, count, epoch)
    rare = set(rng.sample(range(count), min(RARE_DOCUMENTS, count)))
    writer = LegalWriter(chain, rng)
    progress = Progress("legal", count)
    out = JsonArray(os.path.join(out_dir, "legal.json"))
    total = 0
    written = set()
    for index, doc in enumerate(docs):
        doc["title"] = legal_title(chain, rng, doc)
        text = writer.text(doc, doc["size"], index in rare)
        data = text.encode("utf-8")
        total += len(data)
        name = doc["id"] + ".txt"
        written.add(name)
        with open(os.path.join(legal_dir, name), "wb") as f:
            f.write(data)
        summary = chain.sentence("legal-summary", ends=".")
        out.add({"id": doc["id"], "type": doc["type"], "number": doc["number"],
                 "title": doc["title"], "issuer": doc["issuer"],
                 "published_at": timestamp(doc["day"], 9 * 60),
                 "gazette": doc["gazette"], "summary": summary, "text_file": name})
        progress.tick(index + 1)
    out.close()
    # A rerun into the same directory must leave exactly this run's texts.
    for name in sorted(os.listdir(legal_dir)):
        if name.startswith("legal-") and name.endswith(".txt") and name not in written:
            os.remove(os.path.join(legal_dir, name))
    return count, total


def write_services(out_dir, chain, rng, count, epoch):
    with open(os.path.join(DEMO, "services.json"), encoding="utf-8") as f:
        demo = json.load(f)
    offices = [s["office"] for s in demo] + [
        f"Oficina del consejo popular {cp}, sede del consejo popular, {cp}" for cp in CONSEJOS]
    topics = sorted({s["topic"]: None for s in demo})
    hours = [s["hours"] for s in demo]
    fees = [s["fee"] for s in demo]
    requirements = [r for s in demo for r in s["requirements"]]
    progress = Progress("services", count)
    out = JsonArray(os.path.join(out_dir, "services.json"))
    for index in range(1, count + 1):
        name = (f"{SERVICE_ACTIONS[rng.randrange(len(SERVICE_ACTIONS))]} "
                f"{SERVICE_OBJECTS[rng.randrange(len(SERVICE_OBJECTS))]}")
        if rng.random() < 0.4:
            name += f" en el consejo popular {CONSEJOS[rng.randrange(len(CONSEJOS))]}"
        topic = topics[rng.randrange(len(topics))]
        roll = rng.random()
        status = "available" if roll < 0.85 else "limited" if roll < 0.95 else "unavailable"
        description = " ".join(chain.sentence("service") for _ in range(1 + rng.randrange(3)))
        note = "" if status == "available" else chain.sentence("status")
        waiting = None if status == "unavailable" or rng.random() < 0.2 else rng.randrange(0, 121)
        updated = epoch - datetime.timedelta(days=rng.randrange(30))
        out.add({"id": f"svc-{slug(topic)}-{index:05d}", "name": name,
                 "office": offices[rng.randrange(len(offices))], "topic": topic,
                 "description": description, "hours": hours[rng.randrange(len(hours))],
                 "requirements": rng.sample(requirements, 1 + rng.randrange(4)),
                 "fee": fees[rng.randrange(len(fees))], "status": status, "status_note": note,
                 "waiting_minutes": waiting,
                 "updated_at": timestamp(updated, 7 * 60 + rng.randrange(10 * 12) * 5)})
        progress.tick(index)
    out.close()
    return count


def write_events(out_dir, chain, rng, count, epoch):
    with open(os.path.join(DEMO, "events.json"), encoding="utf-8") as f:
        demo = json.load(f)
    organisers = sorted({e["organiser"]: None for e in demo})
    places = sorted({e["place"]: None for e in demo})
    # From a few months back to a year ahead, most of them to come.
    moments = sorted((epoch + datetime.timedelta(days=rng.randrange(-120, 366)),
                      8 * 60 + rng.randrange(12 * 4) * 15) for _ in range(count))
    progress = Progress("events", count)
    out = JsonArray(os.path.join(out_dir, "events.json"))
    for index, (day, minutes) in enumerate(moments, 1):
        kind = "call" if rng.random() < 0.25 else "event"
        domain = "event:" + kind
        starts = timestamp(day, minutes)
        ends = deadline = None
        if kind == "call":
            deadline = timestamp(day + datetime.timedelta(days=7 + rng.randrange(60)), 17 * 60)
        elif rng.random() < 0.85:
            length = rng.choice([60, 90, 120, 180, 240, 300])
            if minutes + length < 23 * 60:
                ends = timestamp(day, minutes + length)
            else:
                ends = timestamp(day + datetime.timedelta(days=1), 1 * 60)
        elif rng.random() < 0.5:
            ends = timestamp(day + datetime.timedelta(days=1 + rng.randrange(6)), 18 * 60)
        out.add({"id": f"evt-{day.year}-{index:06d}", "kind": kind,
                 "title": upper_first(chain.phrase(domain, 4, 10)),
                 "description": " ".join(chain.sentence(domain)
                                         for _ in range(2 + rng.randrange(3))),
                 "category": EVENT_CATEGORIES[rng.randrange(len(EVENT_CATEGORIES))],
                 "organiser": organisers[rng.randrange(len(organisers))],
                 "place": places[rng.randrange(len(places))],
                 "starts_at": starts, "ends_at": ends, "deadline": deadline})
        progress.tick(index)
    out.close()
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", metavar="OUT_DIR")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.scale <= 0:
        parser.error("--scale must be more than 0")
    started = time.monotonic()
    counts = {name: max(1, round(n * args.scale)) for name, n in COUNTS.items()}
    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(DEMO, "manifest.json"), encoding="utf-8") as f:
        epoch = datetime.date.fromisoformat(json.load(f)["demo_epoch"])
    for name in ["manifest"] + COPIED:
        shutil.copyfile(os.path.join(DEMO, name + ".json"),
                        os.path.join(args.out_dir, name + ".json"))

    # One generator per collection, so that changing how one is written leaves the others as
    # they were.
    def rng_for(name):
        return random.Random(f"{args.seed}:{name}")

    chain = build_chain(rng_for("chain"))
    summary = {}

    def with_chain(name):
        chain.random = rng_for(name + ":text").random
        return rng_for(name)

    summary["news"] = write_news(args.out_dir, chain, with_chain("news"), counts["news"], epoch)
    summary["legal"], legal_bytes = write_legal(args.out_dir, chain, with_chain("legal"),
                                                counts["legal"], epoch)
    summary["services"] = write_services(args.out_dir, chain, with_chain("services"),
                                         counts["services"], epoch)
    summary["events"] = write_events(args.out_dir, chain, with_chain("events"), counts["events"],
                                     epoch)
    for name in COPIED:
        with open(os.path.join(DEMO, name + ".json"), encoding="utf-8") as f:
            summary[name] = len(json.load(f))
    print(f"generated in {time.monotonic() - started:.1f} s", file=sys.stderr)
    print(", ".join(f"{name} {n}" for name, n in summary.items()) +
          f"; legal text {legal_bytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
