//! The mention walk: organisations, roles and people at each token, longest
//! first; then the document-level grouping and linking.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::LazyLock;

use super::lexicon::{
    EntityLexicon, Gender, ModifierUse, ROOT_ORG, ROOT_ORG_LOWER, ROOT_ROLE, fold_into,
    is_acronym_like, loose,
};
use super::{Entities, Mention, OrgKind, Organisation, Person, Quote, Role};
use crate::hash::Fx;
use crate::lexicon::LEXICON;
use crate::{Sentence, Span, Token, TokenKind};

/// Longest organisation name (in tokens) the patterns build.
const MAX_ORG_TOKENS: usize = 18;

/// Verbs and particles that attribute speech ("…“, sagte X") but do not
/// introduce a bare surname on their own; the [`STRONG_SPEECH`] ones
/// attribute speech too and are not repeated here.
pub(super) const SPEECH: &[&str] = &[
    "sagten",
    "fügt",
    "fügte",
    "führt",
    "führte",
    "hebt",
    "hob",
    "berichtet",
    "fordert",
    "äußert",
    "äußerte",
    "kritisiert",
    "appelliert",
    "appellierte",
    "begründet",
    "begründete",
    "zitiert",
    "erinnert",
    "erinnerte",
    "bestätigt",
    "bestätigte",
    "verspricht",
    "versprach",
    "stellt",
    "stellte",
    "zeigt",
    "zeigte",
    "freut",
    "freute",
    "weiß",
    "wusste",
    "ergänzen",
    "betonen",
    "sagen",
    "erklären",
    "schreibt",
    "schrieb",
    "antwortet",
    "antwortete",
    "kündigt",
    "kündigte",
    "teilt",
    "teilte",
    "informiert",
    "informierte",
    "unterstrichen",
    "hinzu",
    "laut",
    "sprach",
    "spricht",
    "beschreibt",
    "beschrieb",
    "rät",
    "riet",
    "empfiehlt",
    "empfahl",
    "verweist",
    "verwies",
    "bittet",
    "bat",
    "wirbt",
    "warb",
    "ruft",
    "rief",
    "nennt",
    "nannte",
    "bezeichnet",
    "bezeichnete",
    "schildert",
    "schilderte",
    "erzählt",
    "erzählte",
    "plädierte",
    "begrüßte",
    "bedauerte",
    "widersprach",
    "kritisierte",
    "forderte",
    "verteidigte",
    "bemängelte",
    "argumentierte",
    "berichtete",
    "plädiert",
    "begrüßt",
    "bedauert",
    "widerspricht",
    "verteidigt",
    "beklagt",
    "beklagte",
    "bemängelt",
    "verlangt",
    "verlangte",
    "argumentiert",
    "verdeutlicht",
    "verdeutlichte",
    "befürchtet",
    "befürchtete",
    "räumt",
    "räumte",
    "verkündet",
    "verkündete",
    "präzisiert",
    "präzisierte",
];

/// The subject of the verb at `verb` that a quoted fragment after it
/// belongs to ([`quotes`]): a person right before the verb, or closed off
/// before it by a comma ("X nannte", "Die Präsidentin des BSH, Dr. X,
/// nannte", "X, Präsidentin des BSH, nannte"), and not after a preposition
/// ("Im Gespräch mit Oberbürgermeister X lobte der Verband …").
fn fragment_speaker(
    w: &Walk<'_, '_>,
    hits: &Hits,
    verb: usize,
    speaker_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let mut k = verb.checked_sub(1)?;
    // (over a party in brackets: "Justizministerin Dr. X (SPD) würdigte")
    if w.key(k) == ")" && k >= 3 && w.key(k - 2) == "(" {
        k -= 3;
    }
    let at = if w.key(k) == "," {
        let k2 = k.checked_sub(1)?;
        if speaker_at(k2).is_some() {
            k2
        } else {
            // the apposition's opening comma: the person before it
            let open = (k2.saturating_sub(15)..k2)
                .rev()
                .take_while(|&j| w.sentence_of[j] == w.sentence_of[k])
                .find(|&j| w.key(j) == ",")?;
            open.checked_sub(1)?
        }
    } else {
        k
    };
    let p = speaker_at(at)?;
    let start = match hits.covered(at)? {
        (HitKind::Person, id) => hits.people[id as usize].start,
        (HitKind::Role, id) => hits.roles[id as usize].start,
        _ => return None,
    };
    let preposition = (start.saturating_sub(3)..start)
        .rev()
        .take_while(|&j| w.key(j) != "," && w.sentence_of[j] == w.sentence_of[start])
        .any(|j| {
            matches!(
                w.key(j),
                "mit"
                    | "von"
                    | "vom"
                    | "bei"
                    | "beim"
                    | "nach"
                    | "für"
                    | "an"
                    | "zu"
                    | "zum"
                    | "zur"
                    | "gegenüber"
                    | "über"
                    | "durch"
                    | "ohne"
                    | "gegen"
                    | "mitsamt"
                    | "samt"
            )
        });
    (!preposition).then_some(p)
}

/// Verbs that judge or report and may quote a fragment of what was said:
/// "nannte den Entwurf „überfällig“" (see [`quotes`]).
const FRAGMENT_VERBS: &[&str] = &[
    "nannte",
    "nennt",
    "bezeichnete",
    "bezeichnet",
    "sprach",
    "spricht",
    "lobte",
    "lobt",
    "begrüßte",
    "begrüßt",
    "kritisierte",
    "kritisiert",
    "dankte",
    "dankt",
    "warnte",
    "warnt",
    "wertete",
    "bewertete",
    "würdigte",
    "würdigt",
    "sagte",
    "sagt",
    "betonte",
    "betont",
    "erklärte",
    "erklärt",
];

/// Speech verbs strong enough to introduce a bare surname ("so Theurer.");
/// each also counts as one of the [`SPEECH`] words.
pub(super) const STRONG_SPEECH: &[&str] = &[
    "entgegnet",
    "entgegnete",
    "erwidert",
    "erwiderte",
    "konstatiert",
    "konstatierte",
    "sagt",
    "sagte",
    "so",
    "betont",
    "betonte",
    "erklärt",
    "erklärte",
    "ergänzt",
    "ergänzte",
    "meint",
    "meinte",
    "unterstreicht",
    "unterstrich",
    "bekräftigt",
    "bekräftigte",
    "kommentiert",
    "kommentierte",
    "erläutert",
    "erläuterte",
    "resümiert",
    "resümierte",
    "mahnt",
    "mahnte",
    "warnt",
    "warnte",
    "lobt",
    "lobte",
    "versichert",
    "versicherte",
    "bilanziert",
    "bilanzierte",
];

/// Academic and professional titles before a name; kept in the mention.
pub(super) const TITLES: &[&str] = &[
    "dr.",
    "prof.",
    "mag.a",
    "mmag.",
    "dr.in",
    "dipl.-kfm.",
    "dipl.-kffr.",
    "dr.-ing.",
    "dipl.-ing.",
    "dipl.",
    "ing.",
    "mag.",
    "med.",
    "rer.",
    "nat.",
    "h.c.",
    "phil.",
    "jur.",
    "pol.",
    "oec.",
    "habil.",
    "ll.m.",
    "dres.",
    "dr.h.c.",
    "ph.d.",
];

/// "Herr", "Frau": a following capitalised word is a surname.
pub(super) const HONORIFICS: &[&str] = &[
    "herr", "herrn", "frau", "miss", "mrs.", "mr.", "ms.", "mrs", "mr", "sir", "lady", "lord",
];

/// Legal forms that end a company or association name.
const LEGAL_FORMS: &[(&str, OrgKind)] = &[
    ("gmbh", OrgKind::Company),
    ("ggmbh", OrgKind::Company),
    ("mbh", OrgKind::Company),
    ("ag", OrgKind::Company),
    ("se", OrgKind::Company),
    ("kg", OrgKind::Company),
    ("kgaa", OrgKind::Company),
    ("gbr", OrgKind::Company),
    ("ug", OrgKind::Company),
    ("ohg", OrgKind::Company),
    ("ltd.", OrgKind::Company),
    ("inc.", OrgKind::Company),
    ("eg", OrgKind::Cooperative),
    ("e.v.", OrgKind::Association),
    // an economic association: "Forstbetriebsgemeinschaft Frankenwald w.V."
    ("w.v.", OrgKind::Association),
    ("aör", OrgKind::Company),
    ("kdör", OrgKind::Authority),
    // Austria's GmbH: "Ges.m.b.H." (one token; "m.b.H." is three)
    ("ges.m.b.h.", OrgKind::Company),
];

/// Nouns that head an organisation name when a specification follows
/// ("Bundesamt für …", "Ministerium des Innern"); matched as the end of
/// a compound.
const SPEC_HEADS: &[(&str, OrgKind)] = &[
    ("ministerium", OrgKind::Ministry),
    ("senatsverwaltung", OrgKind::Ministry),
    // A Swiss canton's or the federation's ministry ("Finanzdepartement",
    // "Departement für auswärtige Angelegenheiten").
    ("departement", OrgKind::Ministry),
    ("amt", OrgKind::Authority),
    ("agentur", OrgKind::Authority),
    ("anstalt", OrgKind::Authority),
    ("behörde", OrgKind::Authority),
    // "Vertretung der Europäischen Kommission in Deutschland",
    // "Landesvertretung"
    ("vertretung", OrgKind::Other),
    ("zentrum", OrgKind::Other),
    // the old spelling some names keep: "Centrum für Erdsystemforschung"
    ("centrum", OrgKind::Other),
    // a Land's centre is an authority (before "zentrale", which the table
    // tries in this order): "Landeszentrale für politische Bildung"
    ("landeszentrale", OrgKind::Authority),
    ("zentrale", OrgKind::Other),
    ("institut", OrgKind::Research),
    ("stiftung", OrgKind::Association),
    // a union of municipalities for a task (before "verband"):
    // "Zweckverband Nahverkehr Rheinland", "Biosphärenzweckverband
    // Bliesgau"
    ("zweckverband", OrgKind::Municipality),
    ("verband", OrgKind::Association),
    ("vereinigung", OrgKind::Association),
    // "Verein für Socialpolitik", "Förderverein der Jugendfeuerwehr …"
    ("verein", OrgKind::Association),
    // a circle of friends or supporters: "Freundeskreis des
    // Goethe-Nationalmuseums e.V.", "Förderkreis der Musikschule"
    ("freundeskreis", OrgKind::Association),
    ("förderkreis", OrgKind::Association),
    ("kammer", OrgKind::Association),
    ("hochschule", OrgKind::Research),
    ("akademie", OrgKind::Research),
    ("kommission", OrgKind::Other),
    // a standing body of members: "Nationales Begleitgremium (NBG)"
    ("gremium", OrgKind::Other),
    ("ausschuss", OrgKind::Parliament),
    ("beirat", OrgKind::Other),
    ("gesellschaft", OrgKind::Company),
    ("dienst", OrgKind::Authority),
    ("direktion", OrgKind::Authority),
    // a corps of fire or border services: "Feuerwehr- und Rettungskorps
    // der Region Pilsen", "Grenzwachtkorps"
    ("korps", OrgKind::Authority),
    ("kanzlei", OrgKind::Government),
    ("gericht", OrgKind::Court),
    ("gerichtshof", OrgKind::Court),
    // "Landesrechnungshof Mecklenburg-Vorpommern", "Rechnungshof des
    // Saarlandes"
    ("rechnungshof", OrgKind::Authority),
    ("landesbetrieb", OrgKind::Authority),
    ("universität", OrgKind::Research),
    ("bundesanstalt", OrgKind::Authority),
    // "Landestalsperrenverwaltung des Freistaates Sachsen" (the bare word
    // is no name: NOT_HEADED)
    ("verwaltung", OrgKind::Authority),
    // a town's or district's council: "Stadtverordnetenversammlung der
    // Stadt Dreieich"
    ("verordnetenversammlung", OrgKind::Parliament),
];

/// Nouns that head an organisation name when a place name follows
/// ("Stadt Münster", "Landratsamt Ebersberg", "Verwaltungsgericht Berlin").
const PLACE_HEADS: &[(&str, OrgKind)] = &[
    ("stadt", OrgKind::Municipality),
    ("landeshauptstadt", OrgKind::Municipality),
    ("hansestadt", OrgKind::Municipality),
    ("kreisstadt", OrgKind::Municipality),
    ("universitätsstadt", OrgKind::Municipality),
    ("bundesstadt", OrgKind::Municipality),
    ("gemeinde", OrgKind::Municipality),
    ("samtgemeinde", OrgKind::Municipality),
    ("verbandsgemeinde", OrgKind::Municipality),
    ("ortsgemeinde", OrgKind::Municipality),
    ("marktgemeinde", OrgKind::Municipality),
    ("landkreis", OrgKind::Municipality),
    ("kreis", OrgKind::Municipality),
    // Aachen's district: "StädteRegion Aachen"
    ("städteregion", OrgKind::Municipality),
    ("bezirk", OrgKind::Municipality),
    ("stadtbezirk", OrgKind::Municipality),
    ("landratsamt", OrgKind::Municipality),
    ("bezirksamt", OrgKind::Municipality),
    ("kreisverwaltung", OrgKind::Municipality),
    ("stadtverwaltung", OrgKind::Municipality),
    ("magistrat", OrgKind::Municipality),
    ("rathaus", OrgKind::Municipality),
    ("landtag", OrgKind::Parliament),
    ("bürgerschaft", OrgKind::Parliament),
    ("stadtrat", OrgKind::Parliament),
    ("kreistag", OrgKind::Parliament),
    // a Swiss canton's parliament: "Kantonsrat Luzern" (a member is a
    // "Kantonsrat" too: "Kantonsrat Peter Müller")
    ("kantonsrat", OrgKind::Parliament),
    ("stadtwerke", OrgKind::Company),
    // (and compounds of them: COMPOUND_PLACE_HEADS)
    ("verkehrsgesellschaft", OrgKind::Company),
    ("wohnungsbaugesellschaft", OrgKind::Company),
    // the churches' local and regional bodies: "Katholische
    // Kirchengemeinde St. Petrus Bonn", "Kirchenkreis Hamburg-Ost"
    ("kirchengemeinde", OrgKind::Other),
    ("pfarrgemeinde", OrgKind::Other),
    ("pfarrei", OrgKind::Other),
    ("kirchenkreis", OrgKind::Other),
    ("dekanat", OrgKind::Other),
    ("polizeidirektion", OrgKind::Authority),
    ("polizeiinspektion", OrgKind::Authority),
    // "Bundespolizeiinspektion Stuttgart", "Kriminalpolizeiinspektion
    // Rostock", "Bundespolizeidirektion Pirna"
    ("bundespolizeiinspektion", OrgKind::Authority),
    ("bundespolizeidirektion", OrgKind::Authority),
    ("kreispolizeidirektion", OrgKind::Authority),
    ("polizeipräsidium", OrgKind::Authority),
    ("polizei", OrgKind::Authority),
    ("polizeistation", OrgKind::Authority),
    ("polizeirevier", OrgKind::Authority),
    ("polizeiposten", OrgKind::Authority),
    ("polizeikommissariat", OrgKind::Authority),
    // Schleswig-Holstein's and Mecklenburg-Vorpommern's unions of
    // municipalities: "Amt Eiderstedt", "Amt Anklam-Land" (see
    // `Walk::office_not_place`)
    ("amt", OrgKind::Municipality),
    // Bavarian market towns: "Markt Oberstdorf" (with a cue, as "Amt")
    ("markt", OrgKind::Municipality),
    ("lutherstadt", OrgKind::Municipality),
    // seaside resorts' official names: "Ostseebad Kühlungsborn"
    ("ostseebad", OrgKind::Municipality),
    ("nordseebad", OrgKind::Municipality),
    ("seebad", OrgKind::Municipality),
    ("staatskanzlei", OrgKind::Government),
    ("landesregierung", OrgKind::Government),
    ("staatsregierung", OrgKind::Government),
    ("staatsministerium", OrgKind::Ministry),
    ("senat", OrgKind::Government),
    ("land", OrgKind::Government),
    ("freistaat", OrgKind::Government),
    ("kanton", OrgKind::Government),
    ("universität", OrgKind::Research),
    ("hochschule", OrgKind::Research),
    ("fachhochschule", OrgKind::Research),
    // their short forms by place: "FH Aachen", "TU Chemnitz" (not the
    // colloquial "Uni": "ob die Uni Gebühren erhebt")
    ("fh", OrgKind::Research),
    ("th", OrgKind::Research),
    ("tu", OrgKind::Research),
    ("haw", OrgKind::Research),
    ("gericht", OrgKind::Court),
    ("handwerkskammer", OrgKind::Association),
    ("sparkasse", OrgKind::Company),
    ("volksbank", OrgKind::Company),
    ("klinikum", OrgKind::Other),
    // Swiss and Austrian hospitals by place: "Spital Wetzikon"
    ("spital", OrgKind::Other),
    // a university's medical faculty and hospital: "Universitätsmedizin
    // Greifswald"
    ("universitätsmedizin", OrgKind::Research),
    ("jobcenter", OrgKind::Authority),
    ("finanzamt", OrgKind::Authority),
    // a Land's school authority by place: "Staatliches Schulamt Stuttgart"
    ("schulamt", OrgKind::Authority),
    // a Land's building and water authorities by place: "Staatliches
    // Bauamt Rosenheim", "Wasserwirtschaftsamt Ansbach"
    ("bauamt", OrgKind::Authority),
    ("straßenbauamt", OrgKind::Authority),
    ("wasserwirtschaftsamt", OrgKind::Authority),
    ("staatsanwaltschaft", OrgKind::Authority),
    ("generalstaatsanwaltschaft", OrgKind::Authority),
    ("kriminalpolizeiinspektion", OrgKind::Authority),
    ("kriminalpolizeidirektion", OrgKind::Authority),
    ("regionaldirektion", OrgKind::Authority),
    // the churches are bodies of public law of their own kind
    ("bistum", OrgKind::Other),
    ("erzbistum", OrgKind::Other),
    ("landeskirche", OrgKind::Other),
    ("landessportbund", OrgKind::Association),
    ("kreissportbund", OrgKind::Association),
    ("stadtsportbund", OrgKind::Association),
    ("bezirksregierung", OrgKind::Authority),
    ("regierungspräsidium", OrgKind::Authority),
    // Austria's district authorities and towns.
    ("bezirkshauptmannschaft", OrgKind::Authority),
    ("stadtgemeinde", OrgKind::Municipality),
    ("verbraucherzentrale", OrgKind::Association),
    ("verkehrsverbund", OrgKind::Company),
    ("feuerwehr", OrgKind::Authority),
    ("berufsfeuerwehr", OrgKind::Authority),
    ("branddirektion", OrgKind::Authority),
    ("gymnasium", OrgKind::Other),
];

/// Place heads that also head their compounds before a place: chambers
/// ("Arbeitnehmerkammer Bremen", "Ärztekammer Nordrhein"), an
/// association's branches ("Kreisverband Steinfurt", "DRK-Kreisverband
/// Steinfurt", "THW-Ortsverband Rheine"), a town's library ("Stadtbücherei
/// Dreieich").
const COMPOUND_PLACE_HEADS: &[(&str, OrgKind)] = &[
    ("kammer", OrgKind::Association),
    ("klinikum", OrgKind::Other),
    // "Kantonsspital Winterthur", "Universitätsspital Zürich"
    ("spital", OrgKind::Other),
    // (before "verband": "Biosphärenzweckverband Bliesgau")
    ("zweckverband", OrgKind::Municipality),
    ("verband", OrgKind::Association),
    ("bücherei", OrgKind::Other),
    ("bibliothek", OrgKind::Other),
    // "Kreissparkasse Köln", "Ostseesparkasse Rostock"
    ("sparkasse", OrgKind::Company),
    // a town's transport or housing company: "Verkehrsgesellschaft
    // Frankfurt am Main", "Verkehrs-Aktiengesellschaft Nürnberg",
    // "Wohnungsbaugesellschaft Leipzig"
    ("verkehrsgesellschaft", OrgKind::Company),
    ("verkehrs-gesellschaft", OrgKind::Company),
    ("aktiengesellschaft", OrgKind::Company),
    ("wohnungsbaugesellschaft", OrgKind::Company),
    // "Kantonspolizei Graubünden", "Landespolizei Mecklenburg-Vorpommern"
    ("polizei", OrgKind::Authority),
    // a craft's guild by place: "SHK-Innung Hamburg", "Bäckerinnung
    // Berlin"
    ("innung", OrgKind::Association),
    // a branch by region: "DGB-Bezirk Berlin-Brandenburg"
    ("-bezirk", OrgKind::Association),
    // schools: "Sportgymnasium Neubrandenburg", "Grundschule Am Park",
    // "Volkshochschule Leipzig"
    ("gymnasium", OrgKind::Other),
    ("hochschule", OrgKind::Research),
    // "Bauhaus-Universität Weimar", "Fernuniversität Hagen"
    ("universität", OrgKind::Research),
    ("schule", OrgKind::Other),
    // representations by place: "Kreiselternvertretung Saalfeld-Rudolstadt"
    ("vertretung", OrgKind::Association),
    // a national or nature park's administration: "Nationalparkverwaltung
    // Harz"
    ("parkverwaltung", OrgKind::Authority),
];

/// Heads that a name of capitalised words may follow ("Stiftung Digitale
/// Chancen").
const NAMED_HEADS: &[&str] = &[
    "stiftung",
    "zweckverband",
    "initiative",
    "bündnis",
    "verein",
    "netzwerk",
    "allianz",
    "verband",
];

/// Adjectives of large and middle-sized German, Austrian and Swiss towns
/// (keys, sorted; not those that are also common surnames, "Meißner"):
/// see [`Walk::town_adjective_before_firm`].
const TOWN_ADJECTIVES: &[&str] = &[
    "aachener",
    "aarauer",
    "aschaffenburger",
    "augsburger",
    "bamberger",
    "basler",
    "bautzener",
    "bayreuther",
    "berliner",
    "berner",
    "bielefelder",
    "bochumer",
    "bonner",
    "braunschweiger",
    "bregenzer",
    "bremer",
    "bremerhavener",
    "celler",
    "chemnitzer",
    "churer",
    "coburger",
    "cottbuser",
    "darmstädter",
    "dessauer",
    "detmolder",
    "dornbirner",
    "dortmunder",
    "dresdner",
    "duisburger",
    "düsseldorfer",
    "emder",
    "erfurter",
    "erlanger",
    "essener",
    "esslinger",
    "flensburger",
    "frankfurter",
    "freiburger",
    "friedrichshafener",
    "fuldaer",
    "fürther",
    "gelsenkirchener",
    "genfer",
    "geraer",
    "gießener",
    "goslarer",
    "grazer",
    "greifswalder",
    "göppinger",
    "görlitzer",
    "göttinger",
    "hagener",
    "hamburger",
    "hamelner",
    "hanauer",
    "hannoveraner",
    "heidelberger",
    "heilbronner",
    "hildesheimer",
    "ingolstädter",
    "innsbrucker",
    "jenaer",
    "karlsruher",
    "kasseler",
    "kemptener",
    "kieler",
    "klagenfurter",
    "koblenzer",
    "konstanzer",
    "krefelder",
    "kölner",
    "landshuter",
    "leipziger",
    "leverkusener",
    "linzer",
    "ludwigsburger",
    "ludwigshafener",
    "luzerner",
    "lörracher",
    "lübecker",
    "lüneburger",
    "magdeburger",
    "mainzer",
    "mannheimer",
    "marburger",
    "memminger",
    "mindener",
    "mönchengladbacher",
    "mülheimer",
    "münchener",
    "münchner",
    "neubrandenburger",
    "neusser",
    "nürnberger",
    "offenbacher",
    "offenburger",
    "oldenburger",
    "osnabrücker",
    "paderborner",
    "passauer",
    "pforzheimer",
    "plauener",
    "potsdamer",
    "ravensburger",
    "regensburger",
    "rosenheimer",
    "rostocker",
    "saarbrücker",
    "salzburger",
    "schweinfurter",
    "schweriner",
    "siegener",
    "solothurner",
    "stralsunder",
    "stuttgarter",
    "trierer",
    "tübinger",
    "ulmer",
    "villacher",
    "weimarer",
    "wetzlarer",
    "wiener",
    "wiesbadener",
    "wilhelmshavener",
    "winterthurer",
    "wismarer",
    "wolfsburger",
    "wuppertaler",
    "würzburger",
    "zwickauer",
    "zürcher",
];

/// The German and Austrian Länder (keys), after "Land" and "Freistaat".
const LAENDER: &[&str] = &[
    "baden-württemberg",
    "bayern",
    "berlin",
    "brandenburg",
    "bremen",
    "hamburg",
    "hessen",
    "mecklenburg-vorpommern",
    "niedersachsen",
    "nordrhein-westfalen",
    "nrw",
    "rheinland-pfalz",
    "saarland",
    "sachsen",
    "sachsen-anhalt",
    "schleswig-holstein",
    "thüringen",
    "kärnten",
    "tirol",
    "vorarlberg",
    "salzburg",
    "steiermark",
    "burgenland",
    "niederösterreich",
    "oberösterreich",
    "wien",
];

/// The Länder's adjectives without ending, lowercase, with the Land.
const LAND_ADJECTIVES: &[(&str, &str)] = &[
    ("baden-württembergisch", "Baden-Württemberg"),
    ("bayerisch", "Bayern"),
    ("brandenburgisch", "Brandenburg"),
    ("bremisch", "Bremen"),
    ("hamburgisch", "Hamburg"),
    ("hessisch", "Hessen"),
    ("mecklenburg-vorpommersch", "Mecklenburg-Vorpommern"),
    ("niedersächsisch", "Niedersachsen"),
    ("nordrhein-westfälisch", "Nordrhein-Westfalen"),
    ("rheinland-pfälzisch", "Rheinland-Pfalz"),
    ("saarländisch", "Saarland"),
    ("sächsisch", "Sachsen"),
    ("sachsen-anhaltisch", "Sachsen-Anhalt"),
    ("schleswig-holsteinisch", "Schleswig-Holstein"),
    ("thüringisch", "Thüringen"),
];

/// Regions below a Land that name the branches of associations and
/// chambers ("IHK Pfalz", "DGB Mittelfranken"), as keys.
const REGIONS: &[&str] = &[
    "pfalz",
    "rheinhessen",
    "franken",
    "oberfranken",
    "mittelfranken",
    "unterfranken",
    "oberbayern",
    "niederbayern",
    "oberpfalz",
    "schwaben",
    "rheinland",
    "westfalen",
    "westfalen-lippe",
    "nordrhein",
    "ostwestfalen",
    "südwestfalen",
    "münsterland",
    "ruhr",
    "ostfriesland",
    "nord",
    "süd",
    "ost",
    "west",
    "nordost",
    "nordwest",
    "südost",
    "südwest",
    "berlin-brandenburg",
    "rhein-neckar",
    "rhein-main",
    "saar",
    "sachsen-anhalt",
];

/// Nouns that describe an organisation whose brand name follows
/// ("Technologie-Genossenschaft govdigital", "IT-Dienstleister Dataport").
const DESCRIPTORS: &[(&str, OrgKind)] = &[
    ("genossenschaft", OrgKind::Cooperative),
    ("dienstleister", OrgKind::Company),
    ("unternehmen", OrgKind::Company),
    ("konzern", OrgKind::Company),
    ("hersteller", OrgKind::Company),
    ("anbieter", OrgKind::Company),
    ("firma", OrgKind::Company),
    ("start-up", OrgKind::Company),
    ("startup", OrgKind::Company),
    ("softwarehaus", OrgKind::Company),
    ("verein", OrgKind::Association),
    ("digitalverband", OrgKind::Association),
    ("branchenverband", OrgKind::Association),
    ("dachverband", OrgKind::Association),
    ("netzbetreiber", OrgKind::Company),
    ("versorger", OrgKind::Company),
    ("energieversorger", OrgKind::Company),
    ("anwaltskanzlei", OrgKind::Company),
    ("fluggesellschaft", OrgKind::Company),
    ("airline", OrgKind::Company),
    ("versicherer", OrgKind::Company),
    ("reederei", OrgKind::Company),
    ("autobauer", OrgKind::Company),
    ("zulieferer", OrgKind::Company),
    ("logistiker", OrgKind::Company),
    ("verlag", OrgKind::Company),
    // "das Satiremagazin Charlie Hebdo", "die Tageszeitung taz", "der
    // Fernsehsender Arte", "die Hotelkette Motel One" (not a journal:
    // "die Fachzeitschrift Nature Climate Change" is a publication)
    ("magazin", OrgKind::Media),
    ("zeitung", OrgKind::Media),
    ("sender", OrgKind::Media),
    ("kette", OrgKind::Company),
    ("gewerkschaft", OrgKind::Association),
    ("partei", OrgKind::Party),
];

/// Words after which a compound ending in a head is no organisation
/// ("Ehrenamt", "Bundesland").
const NOT_HEADED: &[&str] = &[
    // a court's chambers are part of the court
    "strafkammer",
    "zivilkammer",
    "jugendkammer",
    "schwurgerichtskammer",
    "berufungskammer",
    "ehrenamt",
    "hauptamt",
    "bundesland",
    "heimatland",
    "ausland",
    "inland",
    "umland",
    "gesamt",
    "samt",
    "insgesamt",
    "rundfunkrat",
    "verwaltung",
];

/// Street-name endings: no person is named like a street.
const STREETS: &[&str] = &[
    "straße", "strasse", "str.", "weg", "platz", "allee", "ring", "gasse", "damm", "ufer",
    "chaussee",
];

/// What stands right before a possible name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    None,
    /// A role word: "Staatssekretär Markus Richter".
    Role,
    /// A strong speech verb: "so Theurer".
    Speech,
    /// "Foto: …", "Kontakt: …".
    Credit,
    /// A noun for a person that is no role of the lexicon: kin, trade,
    /// rank ("ihrer Tante Cilli", "der Dichter Wolf Wondratschek").
    Noun,
    /// A name in the genitive before kin or a life event: "Melanies
    /// Eltern", "Ravens Tod".
    Genitive,
    /// A surname of the lexicon alone, not after an article and not
    /// followed by another capitalised word ("Merkel sagte", "von
    /// Schröder"), or after a capitalised word that can be a first name
    /// ("Volkbert Keßler").
    Known,
    /// A party in brackets follows: "Pofalla (CDU)".
    Party,
    /// A comma after a role and the organisation it belongs to: "der
    /// Sprecher der FDP-Fraktion, Burkhardt Müller-Sönksen, …". Strong as a
    /// role, but the name must be closed by punctuation.
    Apposition,
}

/// Nouns that a prenominal genitive marks as a person's: kin and the
/// events of a life ("Brians Sohn", "Wulffs Hochzeitsfeier"); matched as
/// the end of a word.
const KIN_AND_LIFE: &[&str] = &[
    "bruder",
    "brüder",
    "eltern",
    "ehefrau",
    "ehemann",
    "enkel",
    "gattin",
    "geburt",
    "geburtsdatum",
    "geburtshaus",
    "geburtsort",
    "geburtstag",
    "hochzeit",
    "hochzeitsfeier",
    "kollege",
    "kollegen",
    "kollegin",
    "mutter",
    "neffe",
    "nichte",
    "onkel",
    "rücktritt",
    "schwester",
    "schwestern",
    "sohn",
    "söhne",
    "tante",
    "tochter",
    "töchter",
    "tod",
    "vater",
    "witwe",
    "ausscheiden",
    "amtsantritt",
];

/// Nouns for people (kin, trades, ranks, nationalities, sides) that are no
/// roles of the role lexicon: a capitalised word right after one is a name
/// ("seinem Vorgänger Steinmeier", "des Esten Tamm"). `(stem,
/// compounds)`: with `compounds` the stem also ends a compound
/// ("Menschenrechtsaktivist", "Löwen-Keeper"); short nationality nouns
/// never do ("Este" in "Feste", "Inder" in "Kinder").
const PERSON_NOUNS: &[(&str, bool)] = &[
    ("afghane", false),
    ("afghanin", false),
    ("aktivist", true),
    ("amerikaner", true),
    ("analyst", true),
    ("anwalt", true),
    ("anwältin", true),
    ("apostel", false),
    ("architekt", true),
    ("argentinier", false),
    ("arzt", true),
    ("astronaut", true),
    ("athlet", true),
    ("australier", false),
    ("autor", true),
    ("bassist", true),
    ("belgier", false),
    ("bildhauer", true),
    ("biologe", true),
    ("blogger", true),
    ("boxer", true),
    ("brasilianer", false),
    ("brite", false),
    ("britin", false),
    ("bruder", true),
    ("bulgare", false),
    ("bulgarin", false),
    ("chemiker", true),
    ("chilene", false),
    ("chilenin", false),
    ("chinese", false),
    ("chinesin", false),
    ("coach", true),
    ("cousin", false),
    ("cousine", false),
    ("darsteller", true),
    ("detektiv", true),
    ("dichter", true),
    ("diplomat", true),
    ("dirigent", true),
    ("däne", false),
    ("dänin", false),
    ("ehefrau", false),
    ("ehemann", false),
    ("engländer", false),
    ("enkel", false),
    ("entdecker", true),
    ("erfinder", true),
    ("este", false),
    ("estin", false),
    ("expert", true),
    ("experte", true),
    ("fahrer", true),
    ("feldherr", false),
    ("finne", false),
    ("finnin", false),
    ("forscher", true),
    ("fotograf", true),
    ("franzose", false),
    ("französin", false),
    ("freund", true),
    ("fürst", false),
    ("gatte", false),
    ("gattin", false),
    ("genosse", true),
    ("geograf", true),
    ("geograph", true),
    ("geologe", true),
    ("gitarrist", true),
    ("graf", false),
    ("grieche", false),
    ("griechin", false),
    ("gräfin", false),
    ("herausforderer", true),
    ("herzog", false),
    ("historiker", true),
    ("inder", false),
    ("informatiker", true),
    ("ingenieur", true),
    ("inspektor", true),
    ("iraker", false),
    ("iraner", false),
    ("ire", false),
    ("irin", false),
    ("israeli", false),
    ("italiener", false),
    ("japaner", false),
    ("journalist", true),
    ("jurist", true),
    ("kaiser", false),
    ("kanadier", false),
    ("kandidat", true),
    ("kapitän", true),
    ("kardinal", false),
    ("keeper", true),
    ("kollege", true),
    ("kolumbianer", false),
    ("komiker", true),
    ("komponist", true),
    ("kontrahent", true),
    ("kritiker", true),
    ("kroate", false),
    ("kroatin", false),
    ("kubaner", false),
    ("königin", false),
    ("künstler", true),
    ("lebensgefährte", false),
    ("lehrer", true),
    ("lette", false),
    ("lettin", false),
    ("litauer", false),
    ("läufer", true),
    ("maler", true),
    ("marokkaner", false),
    ("mathematiker", true),
    ("mediziner", true),
    ("mexikaner", false),
    ("moderator", true),
    ("musiker", true),
    ("mutter", true),
    ("mönch", false),
    ("nachfolger", true),
    ("neffe", false),
    ("nichte", false),
    ("niederländer", false),
    ("nonne", false),
    ("norweger", false),
    ("norwegerin", false),
    ("offizier", true),
    ("onkel", false),
    ("papst", false),
    ("pastor", false),
    ("pater", false),
    ("philosoph", true),
    ("physiker", true),
    ("pianist", true),
    ("polin", false),
    ("politiker", true),
    ("politologe", true),
    ("portugiese", false),
    ("portugiesin", false),
    ("prinz", false),
    ("prinzessin", false),
    ("produzent", true),
    ("profi", true),
    ("psychologe", true),
    ("pädagoge", true),
    ("rapper", true),
    ("rechtler", true),
    ("regisseur", true),
    ("reporter", true),
    ("rumäne", false),
    ("rumänin", false),
    ("russe", false),
    ("russin", false),
    ("schauspieler", true),
    ("schlagzeuger", true),
    ("schotte", false),
    ("schottin", false),
    ("schriftsteller", true),
    ("schwager", false),
    ("schwedin", false),
    ("schwester", true),
    ("schwägerin", false),
    ("schüler", true),
    ("serbe", false),
    ("serbin", false),
    ("sieger", true),
    ("slowake", false),
    ("slowakin", false),
    ("slowene", false),
    ("slowenin", false),
    ("sohn", true),
    ("soziologe", true),
    ("spanier", false),
    ("spieler", true),
    ("sportler", true),
    ("star", true),
    ("stürmer", true),
    ("sultan", false),
    ("syrer", false),
    ("sänger", true),
    ("tante", false),
    ("theologe", true),
    ("tochter", true),
    ("torhüter", true),
    ("torwart", true),
    ("trainer", true),
    ("tscheche", false),
    ("tschechin", false),
    ("türke", false),
    ("türkin", false),
    ("ukrainer", false),
    ("unternehmer", true),
    ("vater", true),
    ("verteidiger", true),
    ("vietnamese", false),
    ("vietnamesin", false),
    ("vorgänger", true),
    ("weltmeister", true),
    ("wissenschaftler", true),
    ("witwe", false),
    ("zar", false),
    ("ägypter", false),
    ("ärztin", true),
    ("ökologe", true),
    ("ökonom", true),
    ("österreicher", false),
];

/// The longest stem of [`PERSON_NOUNS`], in bytes.
const PERSON_NOUN_MAX: usize = 16;

/// [`PERSON_NOUNS`] by stem.
static PERSON_NOUN_TABLE: LazyLock<HashMap<&'static str, bool, Fx>> =
    LazyLock::new(|| PERSON_NOUNS.iter().copied().collect());

/// Whether `key` (lowercase) is a noun for a person of [`PERSON_NOUNS`],
/// inflected or feminine ("Teamkollegen", "Kontrahentin", "Kaisers").
fn is_person_noun(key: &str) -> bool {
    let key = key.rsplit('-').next().unwrap_or(key);
    if key.len() < 3 {
        return false;
    }
    let table = &*PERSON_NOUN_TABLE;
    ["", "s", "es", "n", "en", "in", "innen"].iter().any(|e| {
        let Some(base) = key.strip_suffix(e) else {
            return false;
        };
        // A genitive noun governs what follows ("Mutters Name"), except a
        // rank before its holder ("des Kaisers Nero").
        let genitive = matches!(*e, "s" | "es");
        // "Popstar" but not "Star".
        if let Some(&compounds) = table.get(base)
            && !(genitive && compounds)
            && !matches!(base, "star" | "profi")
        {
            return true;
        }
        // A compound ending in a stem: "Menschenrechtsaktivist". Only the
        // last bytes can hold one (a very long word costs no more).
        let from = base.len().saturating_sub(PERSON_NOUN_MAX).max(3);
        !genitive
            && (from..base.len().saturating_sub(2))
                .filter(|&i| base.is_char_boundary(i))
                .any(|i| table.get(&base[i..]) == Some(&true))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HitKind {
    Org,
    Role,
    Person,
}

/// An organisation mention found by the walk.
#[derive(Clone, Debug)]
struct OrgHit {
    start: usize,
    end: usize,
    /// The gazetteer entry, if any.
    entry: Option<u32>,
    kind: OrgKind,
    /// The name this mention gives, nominative.
    form: String,
    /// A descriptive phrase around a brand ("Technologie-Genossenschaft
    /// govdigital"): an alias only, never the name.
    descriptor: Option<String>,
    /// A name before the hyphen of a role compound ("govdigital" in
    /// "govdigital-CEO"): its byte length inside the token.
    part: Option<usize>,
    /// Grouping keys (loose keys of the form, and of its core without a
    /// trailing genitive).
    keys: Vec<String>,
}

/// A role word found by the walk.
#[derive(Clone, Debug)]
struct RoleHit {
    start: usize,
    end: usize,
    title: String,
    gender: Gender,
    /// "govdigital-CEO": the organisation or party before the hyphen.
    prefix: Option<String>,
    /// "Bundesinnenministerin": the ministry it implies.
    ministry: Option<String>,
    /// Preceded by a definite article ("der govdigital-CEO").
    definite: bool,
    /// `(entry, gender)` of the lexicon form, to regender.
    entry: u32,
}

/// A person mention found by the walk.
#[derive(Clone, Debug)]
struct PersonHit {
    /// First token, titles included.
    start: usize,
    end: usize,
    /// The name's tokens, titles excluded.
    name_start: usize,
    sex: u8,
}

/// Where a token's key (its folded text) is: `None` for a token whose
/// text is its own key (nothing to lower), else a range of [`Prep::buf`].
type KeyAt = Option<(usize, usize)>;

/// The keys and features of a document's tokens, computed once per
/// distinct word: most words of a release repeat. Each distinct word text
/// is one entry, and so is every other token (punctuation, numbers).
struct Prep<'t> {
    /// The folded keys that differ from their text.
    buf: String,
    /// Per entry: its key when that is its text, else a placeholder (`""`)
    /// until [`find`] points it into `buf`, which is complete only then.
    keys: Vec<&'t str>,
    /// The entries whose key is in `buf`: (entry, start, end).
    folded: Vec<(u32, usize, usize)>,
    /// What the walk keeps of each token.
    tokens: TokenPrep,
}

/// What [`Prep`] finds out token by token, for [`Walk`]. The lists are
/// gathered in the same pass as the features, while each token's are at
/// hand, rather than in a second pass over all tokens.
struct TokenPrep {
    /// Per token: what its text alone says (the default for tokens that
    /// are no words). Kept by token rather than by entry: the walk asks
    /// for it at every token, and one load beats two.
    feats: Vec<Feat>,
    /// Per token: its entry.
    ids: Vec<u32>,
    /// See [`Walk::starts`].
    starts: Vec<u32>,
    /// See [`Walk::cap_words`].
    cap_words: Vec<u32>,
    /// See [`Walk::speech_words`].
    speech_words: Vec<u32>,
    /// See [`Walk::quote_marks`].
    quote_marks: Vec<u32>,
    /// Per token: whether a clause starts there after a colon or an
    /// opening quote (the sentence starts are [`Walk::new`]'s).
    initial: Vec<bool>,
    /// The tokens whose features say they may start a legal form.
    legal: Vec<u32>,
}

/// Whether `word` is its own key: no uppercase letter and no typographic
/// apostrophe for [`fold_into`] to change.
fn is_own_key(word: &str) -> bool {
    if word.is_ascii() {
        return !word.bytes().any(|b| b.is_ascii_uppercase());
    }
    for c in word.chars() {
        let changes = match c {
            'A'..='Z' | '’' | '‘' | 'ʼ' => true,
            // ASCII, the lowercase Latin-1 letters ("ä", "ß"), general
            // punctuation ("„", "–").
            '\0'..='\u{7f}' | '\u{df}'..='\u{ff}' | '\u{2000}'..='\u{206f}' => false,
            c => c.is_uppercase(),
        };
        if changes {
            return false;
        }
    }
    true
}

/// Folds `word` into `buf` unless it is its own key.
fn key_into(word: &str, buf: &mut String) -> KeyAt {
    if is_own_key(word) {
        return None;
    }
    let start = buf.len();
    fold_into(word, buf);
    Some((start, buf.len()))
}

fn key_str<'k>(at: KeyAt, text: &'k str, buf: &'k str) -> &'k str {
    match at {
        None => text,
        Some((s, e)) => buf.get(s..e).unwrap_or(""),
    }
}

/// Whether tokens of this kind get [`Feat`]s.
fn has_feat(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Word | TokenKind::Abbreviation | TokenKind::Ordinal
    )
}

/// Distinct words whose key and [`Feat`] a thread keeps across documents:
/// an archive's common vocabulary, at a few megabytes per thread however
/// varied the archive (the cache starts afresh when it is full).
const WORD_CACHE_LIMIT: usize = 1 << 15;

/// A word the thread has seen: its key (`None`: the word is its own key),
/// its features, and its entry in the document that last used it.
struct Known {
    key: Option<Box<str>>,
    feat: Feat,
    /// The [`WordCache::stamp`] of the document that last used it.
    seen: u32,
    /// Its entry in that document ([`Prep::keys`]).
    entry: u32,
}

/// The per-thread word cache of one lexicon: for each kind of token that
/// has features (word, abbreviation, ordinal), its texts seen so far.
///
/// It also tells a document's distinct words apart: a word stamped with
/// the current document already has an entry there. One lookup per token
/// thus finds both the features and the entry, where a table of the
/// document's own words would cost a second lookup for each new word.
#[derive(Default)]
struct WordCache {
    lexicon: u64,
    /// Texts of up to 15 bytes by [`short_key`] → index in `known`: most
    /// words, compared as two integers rather than byte by byte.
    short: HashMap<(u64, u64), u32, Fx>,
    /// Longer texts by kind slot ([`kind_slot`]) → index in `known`.
    words: [HashMap<Box<str>, u32, Fx>; 3],
    known: Vec<Known>,
    /// The current document's number.
    stamp: u32,
}

impl WordCache {
    /// An empty cache for the lexicon with this id.
    fn new(lexicon: u64) -> WordCache {
        WordCache {
            lexicon,
            ..WordCache::default()
        }
    }
}

thread_local! {
    static WORDS: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Buffers as long as a document's tokens (or its distinct words), kept
/// by the thread for its next document: a release needs a dozen of them,
/// and allocating, zeroing and freeing them afresh for each document cost
/// more than several of the passes that fill them. Whoever takes one
/// clears it first; [`find`] gives them all back at its end.
#[derive(Default)]
struct Scratch {
    buf: String,
    folded: Vec<(u32, usize, usize)>,
    feats: Vec<Feat>,
    ids: Vec<u32>,
    starts: Vec<u32>,
    cap_words: Vec<u32>,
    speech_words: Vec<u32>,
    quote_marks: Vec<u32>,
    legal: Vec<u32>,
    initial: Vec<bool>,
    sentence_of: Vec<u32>,
    cover: Vec<Option<(HitKind, u32)>>,
    memo: Vec<Option<Option<u32>>>,
}

/// Documents of more tokens than this leave no buffers behind: a huge
/// one's would keep megabytes for the thread's life.
const SCRATCH_LIMIT: usize = 1 << 16;

impl Scratch {
    /// The thread's buffers; fresh ones if they are in use (never nested,
    /// but the buffers are only an optimisation).
    fn take() -> Scratch {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut kept) => std::mem::take(&mut *kept),
            Err(_) => Scratch::default(),
        })
    }

    /// Gives the buffers back to the thread, unless a huge document grew
    /// them.
    fn keep(self) {
        if self.feats.capacity() > SCRATCH_LIMIT {
            return;
        }
        SCRATCH.with(|cell| {
            if let Ok(mut kept) = cell.try_borrow_mut() {
                *kept = self;
            }
        });
    }

    /// `kept`, emptied, with room for `n` items.
    fn cleared<T>(kept: &mut Vec<T>, n: usize) -> Vec<T> {
        let mut v = std::mem::take(kept);
        v.clear();
        v.reserve(n);
        v
    }
}

/// A text of up to 15 bytes with its kind slot as two integers: the
/// bytes in order, then the length and the slot in the last byte (so that
/// "ab" and "ab\0" differ). `None` for a longer text.
fn short_key(text: &str, slot: usize) -> Option<(u64, u64)> {
    let b = text.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let meta = ((b.len() as u64) | ((slot as u64) << 4)) << 56;
    Some(match b.split_at_checked(8) {
        Some((head, rest)) => (
            crate::hash::le_bits(head),
            crate::hash::le_bits(rest) | meta,
        ),
        None => (crate::hash::le_bits(b), meta),
    })
}

/// The slot of a kind of token in [`WordCache::words`].
fn kind_slot(kind: TokenKind) -> usize {
    match kind {
        TokenKind::Word => 0,
        TokenKind::Abbreviation => 1,
        _ => 2,
    }
}

impl<'t> Prep<'t> {
    #[inline(never)]
    fn new(lex: &EntityLexicon, toks: &[Token<'t>], scratch: &mut Scratch) -> Prep<'t> {
        WORDS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => {
                if cache.lexicon != lex.id || cache.stamp == u32::MAX {
                    *cache = WordCache::new(lex.id);
                }
                let prep = Prep::with_cache(lex, toks, &mut cache, scratch);
                // The cache grows only here: a document that fills it past
                // its limit empties it, so it never enters the next
                // document overfull nor keeps a huge document's words.
                if cache.known.len() > WORD_CACHE_LIMIT {
                    *cache = WordCache::new(lex.id);
                }
                prep
            }
            // never nested; a private cache keeps it correct anyway
            Err(_) => Prep::with_cache(lex, toks, &mut WordCache::new(lex.id), scratch),
        })
    }

    fn with_cache(
        lex: &EntityLexicon,
        toks: &[Token<'t>],
        cache: &mut WordCache,
        scratch: &mut Scratch,
    ) -> Prep<'t> {
        // Keys of distinct capitalised words: a few bytes per token, grown
        // once or twice rather than from nothing.
        let mut buf = std::mem::take(&mut scratch.buf);
        buf.clear();
        buf.reserve(toks.len() * 2);
        // An entry per distinct word and per other token: in a short text
        // nearly every token, in a long one about half of them.
        let entries = if toks.len() < 1 << 14 {
            toks.len()
        } else {
            toks.len() / 2
        };
        let mut keys = Vec::with_capacity(entries);
        let mut folded = Scratch::cleared(&mut scratch.folded, 0);
        let mut feats = Scratch::cleared(&mut scratch.feats, toks.len());
        let mut ids = Scratch::cleared(&mut scratch.ids, toks.len());
        // Each list is written without a branch: every token is stored at
        // the list's end, which moves on only when the token belongs.
        let mut starts = Scratch::cleared(&mut scratch.starts, toks.len());
        starts.resize(toks.len(), 0);
        let mut cap_words = Scratch::cleared(&mut scratch.cap_words, toks.len());
        cap_words.resize(toks.len(), 0);
        let (mut n_starts, mut n_caps) = (0, 0);
        // Speech verbs and legal forms are rare: pushed when met.
        let mut speech_words = Scratch::cleared(&mut scratch.speech_words, 0);
        let mut quote_marks = Scratch::cleared(&mut scratch.quote_marks, 0);
        let mut legal = Scratch::cleared(&mut scratch.legal, 0);
        let mut initial = Scratch::cleared(&mut scratch.initial, toks.len());
        initial.resize(toks.len(), false);
        cache.stamp += 1;
        let stamp = cache.stamp;
        for (i, t) in toks.iter().enumerate() {
            let id = if has_feat(t.kind) {
                let slot = kind_slot(t.kind);
                let short = short_key(t.text, slot);
                let found = match short {
                    Some(k) => cache.short.get(&k),
                    None => cache.words[slot].get(t.text),
                };
                let known = match found {
                    Some(&known) => known as usize,
                    None => {
                        let mut key = String::new();
                        let at = key_into(t.text, &mut key);
                        let feat = features(lex, t, key_str(at, t.text, &key));
                        cache.known.push(Known {
                            key: at.map(|_| key.into_boxed_str()),
                            feat,
                            seen: 0,
                            entry: 0,
                        });
                        let known = cache.known.len() - 1;
                        match short {
                            Some(k) => cache.short.insert(k, known as u32),
                            None => cache.words[slot].insert(t.text.into(), known as u32),
                        };
                        known
                    }
                };
                let word = &mut cache.known[known];
                let f = &word.feat;
                let is_word = t.kind == TokenKind::Word;
                let start = (is_word || t.kind == TokenKind::Abbreviation)
                    && (f.cap || f.role_start || f.org_root || f.particle);
                // n_* <= i < toks.len(): always in bounds
                if let Some(s) = starts.get_mut(n_starts) {
                    *s = i as u32;
                }
                n_starts += usize::from(start);
                if let Some(c) = cap_words.get_mut(n_caps) {
                    *c = i as u32;
                }
                n_caps += usize::from(is_word && f.cap);
                if is_word && f.speech {
                    speech_words.push(i as u32);
                }
                if f.legal {
                    legal.push(i as u32);
                }
                feats.push(word.feat);
                if word.seen != stamp {
                    // the word's first use in this document
                    word.seen = stamp;
                    word.entry = keys.len() as u32;
                    match word.key.as_deref() {
                        Some(k) => {
                            let start = buf.len();
                            buf.push_str(k);
                            folded.push((word.entry, start, buf.len()));
                            keys.push("");
                        }
                        None => keys.push(t.text),
                    }
                }
                word.entry
            } else {
                if matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote) {
                    quote_marks.push(i as u32);
                }
                // After a colon or an opening quote a new clause starts
                // (neither is a word: asked only here).
                if (t.kind == TokenKind::OpenQuote
                    || (t.text == ":" && toks.get(i + 1).is_some_and(Token::is_capitalised)))
                    && let Some(next) = initial.get_mut(i + 1)
                {
                    *next = true;
                }
                let entry = keys.len() as u32;
                match key_into(t.text, &mut buf) {
                    Some((start, end)) => {
                        folded.push((entry, start, end));
                        keys.push("");
                    }
                    None => keys.push(t.text),
                }
                feats.push(Feat::default());
                entry
            };
            ids.push(id);
        }
        starts.truncate(n_starts);
        cap_words.truncate(n_caps);
        Prep {
            buf,
            keys,
            folded,
            tokens: TokenPrep {
                feats,
                ids,
                starts,
                cap_words,
                speech_words,
                quote_marks,
                initial,
                legal,
            },
        }
    }
}

/// The features of a token outside the document.
const NO_FEAT: Feat = Feat {
    cap: false,
    name_word: false,
    function: false,
    role_start: false,
    org_root: false,
    org_start: false,
    person_start: false,
    person_noun: false,
    speech: false,
    strong_speech: false,
    adjective: false,
    camel_brand: false,
    named_head: false,
    genitive_shape: false,
    known_surname: false,
    known_genitive: false,
    first_name: None,
    modifier: None,
    legal: false,
    particle: false,
    heads: Heads {
        place: None,
        place_exact: false,
        spec: None,
        descriptor: None,
    },
};

struct Walk<'a, 't> {
    lex: &'a EntityLexicon,
    text: &'t str,
    toks: &'a [Token<'t>],
    /// Each entry's key: its text lowercased (see [`Prep`]).
    keys: Vec<&'a str>,
    /// Token starts a sentence (or a quote at a sentence's start).
    initial: Vec<bool>,
    /// Sentence index of each token.
    sentence_of: Vec<u32>,
    /// What each token's text alone says (see [`Feat`]).
    feats: Vec<Feat>,
    /// The tokens that start a legal form ("GmbH", "e. V."), in text
    /// order: few or none in most documents, so a list beats a flag per
    /// token that every look-ahead would test four times.
    legal: Vec<u32>,
    /// Each token's entry (see [`TokenPrep::ids`]).
    ids: Vec<u32>,
    /// The tokens the passes below look at, in text order, so that each
    /// pass skips the others without testing every token: the words and
    /// abbreviations where [`walk`] may find a mention (capitalised, or a
    /// possible role, gazetteer or particle-name start),
    starts: Vec<u32>,
    /// the capitalised words,
    cap_words: Vec<u32>,
    /// the words that are speech verbs,
    speech_words: Vec<u32>,
    /// and the opening and closing quotation marks.
    quote_marks: Vec<u32>,
    /// The entries of the capitalised words that stand after a preposition
    /// of place somewhere in the text ("in Kappel"), sorted; made when a
    /// known surname first asks.
    places: std::cell::OnceCell<Vec<u32>>,
    /// The capitalised words the text names as places, after a preposition
    /// of place or a head of places ("in Salem", "Gemeinde Salem"),
    /// sorted; made when a genitive first asks ([`Walk::names_place`]).
    place_words: std::cell::OnceCell<Vec<&'t str>>,
    /// The organisations' mentions by position and their names folded,
    /// made when a role's linking first asks ([`Walk::org_index`]).
    org_index: std::cell::OnceCell<OrgIndex>,
    /// The organisations by their names' words, for a text of many
    /// ([`HeadIndex`]).
    head_index: std::cell::OnceCell<HeadIndex>,
}

/// What a token's text alone says, computed once per distinct text.
#[derive(Clone, Copy, Debug, Default)]
struct Feat {
    /// It starts with an uppercase letter.
    cap: bool,
    /// It can be part of a proper name.
    name_word: bool,
    /// It is a closed-class word.
    function: bool,
    /// A role may start here (modifier, role word, head compound, hyphen).
    role_start: bool,
    /// A gazetteer organisation may start here.
    org_root: bool,
    /// An organisation pattern may start here (an adjective or head before
    /// a name, a descriptor, a brand with inner capitals); a name before a
    /// legal form is checked apart.
    org_start: bool,
    /// A person may start here without a cue: an honorific, a title, an
    /// unambiguous first name.
    person_start: bool,
    /// A noun for a person that is no role ([`is_person_noun`]).
    person_noun: bool,
    /// It is a (strong) speech verb.
    speech: bool,
    strong_speech: bool,
    /// An inflected adjective by its ending ([`is_adjective`]).
    adjective: bool,
    /// A capitalised brand with inner capitals that names no thing
    /// ("DigitalService", not "DigitalPakt").
    camel_brand: bool,
    /// It ends in a head that a name of capitalised words may follow
    /// ([`NAMED_HEADS`]: "Stiftung", "Zweckverband").
    named_head: bool,
    /// It could be a name in the Saxon genitive ("Melanies"): what
    /// [`genitive_shape`] says of its key.
    genitive_shape: bool,
    /// A surname that names a person alone ("Merkel"; see
    /// `EntityLexicon::known_surname`).
    known_surname: bool,
    /// Such a surname, or a first name that is not also a word, in the
    /// genitive ("Merkels", "Melanies").
    known_genitive: bool,
    /// The first name it is: (ambiguous, sex).
    first_name: Option<(bool, u8)>,
    /// The role modifier it is.
    modifier: Option<ModifierUse>,
    /// A short word that may start a legal form ("GmbH", "e.").
    legal: bool,
    /// A lowercase particle that may start a surname after a role or a
    /// speech verb ("von der Leyen", "de Maizière").
    particle: bool,
    /// The organisation heads it is or ends in.
    heads: Heads,
}

/// Which organisation heads a word is or ends in.
#[derive(Clone, Copy, Debug, Default)]
struct Heads {
    /// A place head, also in the genitive ("Landkreises").
    place: Option<OrgKind>,
    /// A place head as written.
    place_exact: bool,
    /// A head that takes a specification ("Bundesamt").
    spec: Option<OrgKind>,
    /// A descriptor before a brand ("Genossenschaft").
    descriptor: Option<OrgKind>,
}

fn has_lower(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

fn is_camel(word: &str) -> bool {
    // An ASCII word without a capital after its first letter is no camel.
    if word.is_ascii() && !word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // "DigitalService", "ZenDiS": a lowercase letter followed by an
    // uppercase one, but not the gender forms "BürgerInnen".
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            let rest = &word[i..];
            return !(rest == "In" || rest.starts_with("Innen"));
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Computes the [`Feat`] of a token's text (`key` is its key). Most of a
/// word's features can only matter when it is capitalised; a lowercase
/// word costs three lookups.
fn features(lex: &EntityLexicon, t: &Token<'_>, key: &str) -> Feat {
    let capitalised = t.is_capitalised();
    let word = lex.key_word(key);
    let lk = loose(key);
    let roots = lex.roots(lk);
    let function = LEXICON.is_function_word(t.text);
    // "wirtschaftspolitische Sprecherin", "innenpolitischer Sprecher": a
    // policy field's adjective belongs to the title.
    let modifier = word
        .modifier
        .or_else(|| (!capitalised && policy_adjective(key)).then_some(ModifierUse::Title));
    let role_root = roots & ROOT_ROLE != 0;
    // A role starts with a modifier, a listed role word, or a compound
    // ending in a head role or with a role after its hyphen.
    let role_start = ((could_be_modifier(key) && modifier.is_some())
        || t.text.contains('-')
        || (capitalised && (role_root || lex.has_head_tail(lk))))
        && (modifier.is_some() || role_root || role_compound(lex, t.text, key).is_some());
    let title = word.title
        || (matches!(key, "dr" | "prof") && t.kind == TokenKind::Word)
        || capital_title(t.text)
        || key.starts_with("dr.")
        || key.starts_with("prof.")
        || key.starts_with("dipl.");
    let mut f = Feat {
        cap: capitalised,
        function,
        role_start,
        // A form whose first word is capitalised never fits a lowercase
        // word ("die" is no start of "Die Linke").
        org_root: roots
            & if capitalised {
                ROOT_ORG
            } else {
                ROOT_ORG_LOWER
            }
            != 0,
        person_start: word.honorific || title,
        speech: word.speech,
        strong_speech: word.strong_speech,
        modifier,
        legal: t.text.len() <= 6 && could_be_legal(key),
        particle: is_particle(t.text),
        ..NO_FEAT
    };
    if !capitalised {
        f.genitive_shape = genitive_shape(lex, t.kind, key, &f);
        return f;
    }
    if t.kind == TokenKind::Word {
        // The nominative of a genitive head ("Landkreises") is looked up
        // too, when it differs.
        let nominative = nominative_head(key);
        let nominative = (nominative.len() != key.len()).then_some(nominative);
        let head = |list, whole| {
            head_kind(key, list, whole)
                .or_else(|| nominative.and_then(|n| head_kind(n, list, whole)))
        };
        let place_exact = head_kind(key, HeadList::Place, true);
        f.heads = Heads {
            place: place_exact
                .or_else(|| nominative.and_then(|n| head_kind(n, HeadList::Place, true))),
            place_exact: place_exact.is_some(),
            spec: head(HeadList::Spec, false),
            descriptor: head(HeadList::Descriptor, false),
        };
    }
    f.adjective = is_adjective(key);
    // (a Zweckverband also in the genitive: "des Zweckverbands
    // Stadt-Umland-Bahn …"; not the others: "des Digitalverbands Bitkom"
    // is Bitkom, "des Vereins X e.V." is X)
    let named_head = NAMED_HEADS
        .iter()
        .any(|n| key == *n || (key.len() > n.len() + 2 && key.ends_with(n)))
        || nominative_head(key).ends_with("zweckverband");
    f.camel_brand = is_camel(t.text) && !camel_thing(key) && !camel_thing(nominative_head(key));
    f.org_start = f.camel_brand
        || key.ends_with("fraktion")
        || key.ends_with("ausschuss")
        || key == "regierung"
        || f.adjective
        || f.heads.place.is_some()
        || f.heads.spec.is_some()
        || f.heads.descriptor.is_some()
        || named_head
        || eponym_head(t.text).is_some()
        || t.is_truncated();
    f.named_head = named_head;
    f.first_name = lex.first_name(t.text);
    f.person_start |= f.first_name.is_some_and(|(ambiguous, _)| !ambiguous)
        || (t.kind == TokenKind::Abbreviation && is_initial(t.text));
    f.name_word = name_word(t, key, function, f.first_name);
    f.person_noun = t.kind == TokenKind::Word && !role_root && is_person_noun(key);
    f.genitive_shape = genitive_shape(lex, t.kind, key, &f);
    if t.kind == TokenKind::Word {
        f.known_surname = lex.known_surname(key);
        f.known_genitive = f.genitive_shape
            && f.first_name.is_none()
            && !f.known_surname
            && (key.strip_suffix('s').is_some_and(|s| lex.known_surname(s))
                || t.text
                    .strip_suffix('s')
                    .is_some_and(|s| lex.first_name(s).is_some_and(|(ambiguous, _)| !ambiguous)));
    }
    f
}

/// Whether `key` names a language ("Deutsch", "Tschechisch", "Englisch";
/// not a surname in "-isch": "Hanisch").
fn is_language_name(key: &str) -> bool {
    matches!(
        key,
        "deutsch"
            | "englisch"
            | "französisch"
            | "spanisch"
            | "italienisch"
            | "portugiesisch"
            | "niederländisch"
            | "dänisch"
            | "schwedisch"
            | "norwegisch"
            | "finnisch"
            | "polnisch"
            | "tschechisch"
            | "slowakisch"
            | "slowenisch"
            | "ungarisch"
            | "rumänisch"
            | "bulgarisch"
            | "kroatisch"
            | "serbisch"
            | "griechisch"
            | "russisch"
            | "ukrainisch"
            | "türkisch"
            | "arabisch"
            | "persisch"
            | "kurdisch"
            | "hebräisch"
            | "chinesisch"
            | "japanisch"
            | "koreanisch"
            | "vietnamesisch"
            | "latein"
    )
}

/// Whether `key` is a preposition that a place name follows ("in
/// Lauterbach", "nach Kappel"): no lone first name or listed surname
/// there names a person.
fn is_place_preposition(key: &str) -> bool {
    matches!(key, "in" | "nach" | "aus" | "bis" | "ab")
}

/// Whether `key` is an article or a determiner ("der", "einem",
/// "seines", "dieser").
fn is_determiner(key: &str) -> bool {
    matches!(
        key,
        "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
    ) || [
        "kein", "sein", "ihr", "mein", "dein", "unser", "dies", "jed", "jen",
    ]
    .iter()
    .any(|d| key.starts_with(d) && key.len() <= d.len() + 2)
}

/// Whether a word with this key could be a name with the genitive "s"
/// ("Melanies"), by its key alone: an "s" after at least three letters
/// (not "ss"), and no noun for a person, adjective, organisation start,
/// role word or common noun (`f`: the word's other features).
fn genitive_shape(lex: &EntityLexicon, kind: TokenKind, key: &str, f: &Feat) -> bool {
    let Some(stem) = key.strip_suffix('s') else {
        return false;
    };
    !(stem.chars().count() < 3
        || stem.ends_with('s')
        || f.person_noun
        || f.adjective
        || f.org_start
        || is_role_word(lex, kind, key)
        || common_noun_shape(key))
}

/// Whether a word of this kind and key is a role word: listed, or a
/// compound ending in a head role.
fn is_role_word(lex: &EntityLexicon, kind: TokenKind, key: &str) -> bool {
    let mut found = false;
    lex.role_trie
        .walk(std::iter::once(Some(loose(key))), |_, _| found = true);
    found || (kind == TokenKind::Word && head_suffix(lex, key).is_some())
}

/// Whether a capitalised token can be part of a proper name (`function`
/// and `first_name` are what its text is).
fn name_word(t: &Token<'_>, key: &str, function: bool, first_name: Option<(bool, u8)>) -> bool {
    if t.kind != TokenKind::Word || t.is_truncated() {
        return false;
    }
    let w = t.text;
    if !has_lower(w)
        || !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    {
        return false;
    }
    if function || is_weekday(key) {
        return false;
    }
    // A month is no name, but a first name that abbreviates one is ("Jan").
    if LEXICON.month(w).is_some() && first_name.is_none_or(|(ambiguous, _)| ambiguous) {
        return false;
    }
    !is_street(key)
}

/// Whether `key` ends like a street name ("Kaiserring", "Lindenallee"),
/// but not like a surname that only shares the letters ("Döring",
/// "Hering": a vowel before "ring").
fn is_street(key: &str) -> bool {
    STREETS.iter().any(|s| {
        key.len() > s.len() + 2
            && key.strip_suffix(s).is_some_and(|stem| {
                // (a vowel or a lengthening h before "ring" makes a
                // surname: "Hering", "Mehring", "Böhring")
                *s != "ring"
                    || stem
                        .chars()
                        .next_back()
                        .is_some_and(|c| !"aeiouäöüyh".contains(c))
            })
    })
}

impl<'a, 't> Walk<'a, 't> {
    #[inline(never)]
    fn new(
        lex: &'a EntityLexicon,
        text: &'t str,
        toks: &'a [Token<'t>],
        sentences: &[Sentence],
        keys: Vec<&'a str>,
        prep: TokenPrep,
        scratch: &mut Scratch,
    ) -> Walk<'a, 't> {
        let TokenPrep {
            feats,
            ids,
            starts,
            cap_words,
            speech_words,
            quote_marks,
            mut initial,
            legal,
        } = prep;
        let mut sentence_of = Scratch::cleared(&mut scratch.sentence_of, toks.len());
        sentence_of.resize(toks.len(), 0);
        for (n, s) in sentences.iter().enumerate() {
            let range = s.tokens.start.min(toks.len())..s.tokens.end.min(toks.len());
            if let Some(of) = sentence_of.get_mut(range.clone()) {
                of.fill(n as u32);
            }
            // The first word, after any opening quote, bracket or dash.
            if let Some(first) = range.clone().find(|&i| {
                !matches!(
                    toks[i].kind,
                    TokenKind::OpenQuote
                        | TokenKind::OpenBracket
                        | TokenKind::Dash
                        | TokenKind::Punct
                )
            }) {
                initial[first] = true;
            }
        }
        let mut walk = Walk {
            lex,
            text,
            toks,
            keys,
            initial,
            sentence_of,
            feats,
            legal,
            ids,
            starts,
            cap_words,
            speech_words,
            quote_marks,
            places: std::cell::OnceCell::new(),
            place_words: std::cell::OnceCell::new(),
            org_index: std::cell::OnceCell::new(),
            head_index: std::cell::OnceCell::new(),
        };
        // Keep the candidates that do start a legal form.
        let mut legal = std::mem::take(&mut walk.legal);
        legal.retain(|&i| walk.legal_form(i as usize).is_some());
        walk.legal = legal;
        walk
    }

    /// Whether the word at `i` is a town's adjective after an article and
    /// before a firm's name of two words or more (not starting with an
    /// adjective) with its legal form:
    /// "die Regensburger Funktechnik Donau GmbH" is the firm "Funktechnik
    /// Donau GmbH" of Regensburg. (A name of one word keeps it: "die
    /// Hamburger Hochbahn AG"; so does one with "und" or an adjective:
    /// "Hamburger Hafen und Logistik AG", "Frankfurter Allgemeine Zeitung
    /// GmbH".)
    fn town_adjective_before_firm(&self, i: usize) -> bool {
        if i == 0
            || !matches!(
                self.key(i - 1),
                "der" | "die" | "das" | "den" | "dem" | "des"
            )
            || TOWN_ADJECTIVES.binary_search(&self.key(i)).is_err()
        {
            return false;
        }
        let mut k = i + 1;
        while k < i + 6
            && self.is_word(k)
            && self.toks[k].is_capitalised()
            && !self.is_function(k)
            // (a word shaped like an adjective first keeps the town's name,
            // and so does a trade's noun: "Frankfurter Allgemeine Zeitung
            // GmbH", "Salzburger Sparkasse Bank AG", "Flensburger Brauerei
            // Emil Petersen GmbH & Co. KG")
            && !(k == i + 1
                && (self.feat(k).adjective
                    || ["ei", "tion", "ung"].iter().any(|e| self.key(k).ends_with(e))))
            && !self.feat(k).legal
        {
            k += 1;
        }
        k >= i + 3 && self.same_sentence(i, k) && self.legal_form(k).is_some()
    }

    /// Whether a legal form starts within the `reach - 1` tokens after `i`.
    fn legal_ahead(&self, i: usize, reach: usize) -> bool {
        let next = self.legal.partition_point(|&j| j as usize <= i);
        self.legal
            .get(next)
            .is_some_and(|&j| (j as usize) < i + reach)
    }

    fn key(&self, i: usize) -> &'a str {
        match self.ids.get(i) {
            Some(&id) => self.keys[id as usize],
            None => "",
        }
    }

    /// What token `i`'s text alone says.
    fn feat(&self, i: usize) -> &Feat {
        self.feats.get(i).unwrap_or(&NO_FEAT)
    }

    fn tok(&self, i: usize) -> Option<&Token<'t>> {
        self.toks.get(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether token `i` is a speech verb ("sagte", "so", "betonte").
    fn is_speech(&self, i: usize) -> bool {
        self.feat(i).speech
    }

    /// Whether token `i` is a speech verb strong enough to introduce a
    /// bare name ("so Theurer.").
    fn is_strong_speech(&self, i: usize) -> bool {
        self.feat(i).strong_speech
    }

    /// Whether token `v` is a speech verb right after a quotation and its
    /// comma ("„…“, fügte Müller hinzu", "„…“, kritisierte Lehmann."):
    /// there even a verb too weak to introduce a name on its own does.
    fn speech_after_quote(&self, v: usize) -> bool {
        v >= 2
            && self.feat(v).speech
            // Not a plural verb: "„…“, sagen Grüne und Linke".
            && !self.key(v).ends_with("en")
            && self.toks[v - 1].text == ","
            && self.toks[v - 2].kind == TokenKind::CloseQuote
    }

    /// Whether token `k` joins two names into a firm's: "&" or "+"
    /// ("Herzog & de Meuron", "Nieding+Barth").
    fn joins_firm(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| matches!(t.text, "&" | "+"))
    }

    /// Whether token `i` is a strong speech verb itself, not the particle
    /// "so", which names a speaker only after a quote ("…“, so Theurer").
    fn is_speech_verb(&self, i: usize) -> bool {
        self.is_strong_speech(i) && self.key(i) != "so"
    }

    /// Whether token `i` is a speech verb after which a lone surname at
    /// the start of a clause is its subject: the strong ones and past
    /// forms whose object is seldom a bare noun before them ("Pinkwart
    /// plädierte dafür", "Okonkwo kritisierte die Pläne"; not "Kritik
    /// äußerte der Verband", "Klarheit forderte die Stadt").
    fn is_speech_verb_after_name(&self, i: usize) -> bool {
        self.is_speech_verb(i)
            || (self.is_speech(i)
                && matches!(
                    self.key(i),
                    "plädierte"
                        | "widersprach"
                        | "argumentierte"
                        | "appellierte"
                        | "verwies"
                        | "bedauerte"
                        | "kritisierte"
                        | "bemängelte"
                        | "verteidigte"
                        | "begrüßte"
                        | "berichtete"
                ))
    }

    fn is_function(&self, i: usize) -> bool {
        self.feat(i).function
    }

    /// `look(key)` for token `i`, computed once per entry (distinct word):
    /// `memo` holds the answers by entry. It must come empty (or filled by
    /// the same `look`): a buffer kept from another use is cleared first.
    fn memo(
        &self,
        memo: &mut Vec<Option<Option<u32>>>,
        i: usize,
        look: impl FnOnce(&str) -> Option<u32>,
    ) -> Option<u32> {
        let id = *self.ids.get(i)? as usize;
        if memo.len() != self.keys.len() {
            memo.clear();
            memo.resize(self.keys.len(), None);
        }
        *memo[id].get_or_insert_with(|| look(self.keys[id]))
    }

    /// The first name token `i` is: (ambiguous, sex).
    fn first_name_at(&self, i: usize) -> Option<(bool, u8)> {
        let t = self.tok(i)?;
        if has_feat(t.kind) {
            self.feat(i).first_name
        } else {
            self.lex.first_name(t.text)
        }
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of.get(a) == self.sentence_of.get(b)
    }

    /// Whether token `i` stands in apposition after a person's name: after
    /// its comma, bracket, dash or slash ("Anna Beck, Geschäftsführerin …",
    /// "Anna Beck (Geschäftsführerin …)", "Tom Kurz / Pressesprecher …") or
    /// at the start of the line after it, as contact blocks write it; or
    /// after a label's colon ("Pressekontakt: Pressesprecher …").
    fn after_name(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        // (after a label: "Pressekontakt: Pressesprecher …", "Foto:")
        if self.key(i - 1) == ":" {
            return true;
        }
        let end = if matches!(self.toks[i - 1].text, "," | "(" | "–" | "—" | "/" | "|") {
            i - 1
        } else if self.line_break_before(i) {
            i
        } else {
            return false;
        };
        // the name: a name word after a first name, another name word, a
        // particle or a speech verb ("sagte Beck, Geschäftsführerin …")
        end >= 2
            && self.is_name_word(end - 1)
            && (self.first_name_at(end - 2).is_some()
                || self.is_name_word(end - 2)
                || matches!(self.key(end - 2), "von" | "van" | "zu" | "der" | "de")
                || self.feat(end - 2).speech)
    }

    /// A surname that starts with its particle, after a strong speech verb
    /// or a role word: "so von der Leyen.", "sagte de Maizière,",
    /// "Trainer van Gaal". The name must end the clause (punctuation or a
    /// quotation mark follows), since "von der" after a verb or a role is
    /// mostly a preposition ("sagte von der Bühne herab", "die Vorsitzende
    /// von der Tafel"), which is also why a role takes no "von" surname;
    /// the surname must not look like a common noun or an organisation.
    fn particle_name_at(&self, i: usize, after_role: bool) -> Option<PersonHit> {
        if !self.feat(i).particle {
            return None;
        }
        let prev = i.checked_sub(1)?;
        if !after_role && !self.is_strong_speech(prev) {
            return None;
        }
        let t = &self.toks[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        let second = self.tok(i + 1).map_or("", |_| self.key(i + 1));
        if after_role && self.key(i) == "von" {
            return None;
        }
        let particles = match (self.key(i), second) {
            ("von" | "van", "der") | ("van", "den") | ("de", "la" | "los") | ("von", "und") => {
                if second == "und" {
                    // "von und zu Guttenberg".
                    if self.tok(i + 2).is_none() || self.key(i + 2) != "zu" {
                        return None;
                    }
                    3
                } else {
                    2
                }
            }
            ("van" | "de" | "da" | "di" | "del" | "della" | "dos" | "du" | "ten" | "ter", _) => 1,
            _ => return None,
        };
        let k = i + particles;
        if !self.is_surname(k)
            || self.is_role_word(k)
            || common_noun_shape(self.key(k))
            || self.feat(k).org_root
            || !self.same_sentence(i, k)
        {
            return None;
        }
        let closed = self.tok(k + 1).is_none_or(|t| {
            matches!(
                t.kind,
                TokenKind::Punct | TokenKind::CloseQuote | TokenKind::OpenBracket
            )
        });
        // After a role a lowercase word may go on ("Trainer van Gaal
        // sagte"), after a verb only punctuation.
        let lower_next = self
            .tok(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised());
        if !(closed || (after_role && lower_next)) {
            return None;
        }
        Some(PersonHit {
            start: i,
            end: k + 1,
            name_start: i,
            sex: b'u',
        })
    }

    /// Whether the name at `i` stands in apposition after the role that
    /// ended at `role_end`: a comma right before it, and between the role
    /// and the comma the organisation the role belongs to in the genitive
    /// ("der Sprecher der FDP-Bundestagsfraktion, …", "die Leiterin des
    /// Referats Digitale Verwaltung, …"): an article or preposition, then
    /// only capitalised words, organisations already found and the little
    /// words inside a long name ("für", "und"). A comma right after the
    /// role is more often a list ("Steuerberater, Wirtschaftsprüfer") than
    /// an apposition, and so is a word shaped like a common noun.
    fn apposition_after_role(&self, i: usize, role_end: usize, hits: &Hits) -> bool {
        let Some(comma) = i.checked_sub(1) else {
            return false;
        };
        if role_end >= comma
            || self.toks[comma].text != ","
            || comma - role_end > 10
            || common_noun_shape(self.key(i))
        {
            return false;
        }
        if !matches!(
            self.key(role_end),
            "der" | "des" | "von" | "vom" | "im" | "am" | "beim" | "bei" | "in"
        ) || role_end + 1 == comma
            || !self.same_sentence(role_end, i)
        {
            return false;
        }
        let org = |k: usize| matches!(hits.covered(k), Some((HitKind::Org, _)));
        let last = comma - 1;
        (org(last) || self.toks[last].is_capitalised())
            && (role_end + 1..comma).all(|k| {
                let t = &self.toks[k];
                org(k)
                    || (matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                        && t.is_capitalised())
                    || matches!(
                        self.key(k),
                        "für"
                            | "und"
                            | "der"
                            | "des"
                            | "die"
                            | "das"
                            | "in"
                            | "im"
                            | "zur"
                            | "zum"
                            | "von"
                            | "vom"
                            | "&"
                            | "-"
                    )
            })
    }

    /// Whether the words from `i` are a name that a role follows after a
    /// comma, as an apposition: "Eckehard von Wuthenau, Geschäftsführer der
    /// LTV, …" (two name words or more, a particle allowed; the first not
    /// shaped like an adjective or abstract noun, which the name of a body
    /// or a thing is more often: "Deutsche Bahn, Sprecher …").
    fn role_apposition_after(&self, i: usize) -> bool {
        // the cheap tests first: the name opens a clause, a comma two to
        // five words on, a role's start after it
        if !(self.initial[i] || i.checked_sub(1).is_some_and(|p| self.toks[p].text == ",")) {
            return false;
        }
        let Some(c) = (i + 2..(i + 6).min(self.toks.len()))
            .find(|&c| self.toks[c].kind == TokenKind::Punct && self.toks[c].text == ",")
        else {
            return false;
        };
        // (an article may open the apposition: "Su-Ai-Nee Piandee, ein
        // Oppositionssprecher, …", "…, die Leiterin des Amtes, …")
        let role = |c: usize| {
            if matches!(self.key(c + 1), "ein" | "eine" | "der" | "die") {
                c + 2
            } else {
                c + 1
            }
        };
        if !self
            .tok(role(c))
            .is_some_and(|_| self.feat(role(c)).role_start)
            || self.feat(i).adjective
            || common_noun_shape(self.key(i))
        {
            return false;
        }
        let mut k = i;
        while k < i + 4 {
            if self.is_surname(k) && !self.is_role_word(k) {
                k += 1;
            } else if k > i
                && matches!(self.key(k), "von" | "van" | "zu" | "de")
                && !self.toks[k].is_capitalised()
            {
                k += if self.key(k + 1) == "der" { 2 } else { 1 };
            } else {
                break;
            }
        }
        k >= i + 2
            && self.key(k) == ","
            && self
                .tok(role(k))
                .is_some_and(|_| self.feat(role(k)).role_start)
            && self.is_surname(k - 1)
            && !LAENDER.contains(&self.key(k - 1))
            && self.same_sentence(i, role(k))
            && self.role_at(role(k)).is_some()
    }

    /// A capitalised word that can be part of a proper name.
    #[inline]
    fn is_name_word(&self, i: usize) -> bool {
        let f = self.feat(i);
        f.name_word || (f.function && f.cap && f.first_name.is_some() && self.titled_little_word(i))
    }

    /// "Dr. Per Sönnichsen": a first name that is also a little word
    /// ("per"), capitalised right after an academic title, inside a
    /// sentence (rare: kept out of [`Walk::is_name_word`]'s inlined path).
    #[cold]
    fn titled_little_word(&self, i: usize) -> bool {
        !self.initial[i]
            && i.checked_sub(1).is_some_and(|p| {
                let key = self.key(p);
                self.toks[p].kind == TokenKind::Abbreviation
                    && (key.starts_with("dr.") || key.starts_with("prof."))
            })
    }

    /// The longest gazetteer organisation starting at `i`.
    fn org_gazetteer(&self, i: usize) -> Option<(usize, u32)> {
        let first = self.tok(i)?;
        if !matches!(
            first.kind,
            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Ordinal
        ) {
            return None;
        }
        if !self.feat(i).org_root {
            return None;
        }
        let mut best = None;
        let lex = self.lex;
        let keys = (i..self.toks.len().min(i + 24)).map(|j| Some(loose(self.key(j))));
        lex.org_trie.walk(keys, |n, form| {
            let f = &lex.org_forms[form as usize];
            if self.form_fits(i, n, f) {
                best = Some((i + n, form));
            }
        });
        best
    }

    /// Whether tokens `i..i+n` spell `form` closely enough: capitals where
    /// the form has them, acronyms exactly.
    fn form_fits(&self, i: usize, n: usize, form: &super::lexicon::OrgForm) -> bool {
        if form.exact {
            let t = self.toks[i].text;
            return t == form.surface
                || t.strip_suffix('s').is_some_and(|s| s == form.surface)
                || t.strip_suffix("’s").is_some_and(|s| s == form.surface);
        }
        for k in 0..n.min(64) {
            if form.caps & (1 << k) != 0 && !self.toks[i + k].is_capitalised() {
                return false;
            }
        }
        if n == 1 {
            let key = self.key(i);
            let own = key == form.folded
                || key.strip_suffix('s') == Some(form.folded.as_str())
                || key.strip_suffix("es") == Some(form.folded.as_str());
            if !own {
                return false;
            }
        }
        // A one-word name must not be a lowercase common word either.
        n > 1 || self.toks[i].is_capitalised() || !self.is_function(i)
    }

    /// A role word (with modifiers) starting at `i`.
    fn role_at(&self, i: usize) -> Option<RoleHit> {
        let t = self.tok(i)?;
        if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
            return None;
        }
        // A role starts with a modifier, a listed role word, a compound
        // ending in a head role, or a prefix before a hyphen.
        if !self.feat(i).role_start {
            return None;
        }
        // Modifiers: "stellvertretende", "Parlamentarische", "bayerische".
        let mut j = i;
        let mut title_mods: Vec<(usize, ModifierUse)> = Vec::new();
        while j < self.toks.len() && j < i + 3 {
            let m = if has_feat(self.toks[j].kind) {
                self.feat(j).modifier
            } else {
                self.lex.modifier(self.key(j))
            };
            match m {
                Some(m) if self.toks[j].kind != TokenKind::Punct => {
                    title_mods.push((j, m));
                    j += 1;
                }
                _ => break,
            }
        }
        // A listed role (possibly several words), longest first.
        let mut best: Option<(usize, u32)> = None;
        let keys = (j..self.toks.len().min(j + 6)).map(|k| Some(loose(self.key(k))));
        self.lex
            .role_trie
            .walk(keys, |n, form| best = Some((j + n, form)));
        // The adjective, not the rank, whose forms are "Oberst" and
        // "Obersten" ("Bayerischer Oberster Rechnungshof").
        if matches!(self.key(j), "oberster" | "oberste" | "oberstes") {
            best = None;
        }
        // "Mitglied der Bitkom-Geschäftsleitung": a listed role of several
        // words whose last word carries its organisation before a hyphen
        // (its first word is no role alone, a genitive article follows it).
        let mut hyphen_prefix = None;
        if best.is_none() && matches!(self.key(j + 1), "der" | "des") {
            for last in j + 1..(j + 4).min(self.toks.len()) {
                let Some((pre, tail)) = self.toks[last].text.rsplit_once('-') else {
                    continue;
                };
                if pre.is_empty() || tail.is_empty() {
                    continue;
                }
                let tail = super::lexicon::fold(tail);
                let keys = (j..last)
                    .map(|k| Some(loose(self.key(k))))
                    .chain(std::iter::once(Some(loose(&tail))));
                let mut found = None;
                self.lex.role_trie.walk(keys, |n, form| {
                    if n == last + 1 - j {
                        found = Some(form);
                    }
                });
                if let Some(form) = found {
                    best = Some((last + 1, form));
                    hyphen_prefix = Some(pre.to_owned());
                }
                break;
            }
        }
        // An agent noun in -er matched by its loose key must be written
        // in one of its forms: "Gesellschaft" is no "Gesellschafter".
        if let Some((end, form)) = best
            && end == j + 1
            && hyphen_prefix.is_none()
            && agent_noun(self.lex, form)
            && !head_form_is(self.lex, form, self.key(j))
        {
            best = None;
        }
        let (end, form, prefix, title_word) = if let Some((end, form)) = best {
            (end, form, hyphen_prefix, None)
        } else {
            let t = self.tok(j)?;
            if t.kind != TokenKind::Word {
                return None;
            }
            self.role_compound(j)?
        };
        // A listed role that is also a modifier ("Erster") needs its noun.
        if title_mods.last().is_some_and(|&(m, _)| m >= end) {
            return None;
        }
        let (entry, gender) = self.lex.role_forms[form as usize];
        let role = &self.lex.roles[entry as usize];
        // Only capitalised role words (the noun), or acronyms.
        let word_tok = &self.toks[end - 1];
        if prefix.is_none() && !word_tok.is_capitalised() {
            return None;
        }
        // (by the first word: "Vorsitzender der Geschäftsführung" too)
        let adjectival = {
            let (m, m_rest) = role
                .masculine
                .split_once(' ')
                .unwrap_or((&role.masculine, ""));
            let (f, f_rest) = role
                .feminine
                .split_once(' ')
                .unwrap_or((&role.feminine, ""));
            m.ends_with("er")
                && f.ends_with('e')
                && m.strip_suffix('r') == Some(f)
                && m_rest == f_rest
        };
        let gender = match gender {
            Gender::Neutral => Gender::Neutral,
            g => {
                // Adjectival nouns: "der Beauftragte" (m) has the feminine
                // column's letters; the article decides.
                if adjectival {
                    let art = i.checked_sub(1).map(|p| self.key(p));
                    match art {
                        Some("der") if self.key(end - 1).ends_with('e') => {
                            // "der Beauftragte" is masculine unless a
                            // genitive/dative "der" (feminine); undecided.
                            Gender::Neutral
                        }
                        Some("die" | "eine") => Gender::Feminine,
                        _ if self.key(end - 1).ends_with("er") => Gender::Masculine,
                        _ => Gender::Neutral,
                    }
                } else {
                    g
                }
            }
        };
        // An adjectival compound of undecided gender keeps its written
        // ending, made nominative ("SPD-Bundestagsabgeordnete",
        // "Digitalbeauftragten" → "Digitalbeauftragte"); the holder's first
        // name decides later.
        let mut title_word = title_word;
        if adjectival && gender != Gender::Masculine && title_word.is_some() {
            let written = self.toks[end - 1].text;
            let written = if prefix.is_some() {
                written.rsplit('-').next().unwrap_or(written)
            } else {
                written
            };
            title_word = Some(written.strip_suffix('n').unwrap_or(written).to_owned());
        }
        // Normalised title.
        let head_form = role.form(if gender == Gender::Neutral {
            Gender::Masculine
        } else {
            gender
        });
        let mut title = String::new();
        // (a neuter head takes a neuter ending: "geschäftsführendes
        // Vorstandsmitglied")
        let neuter =
            gender == Gender::Neutral && super::lexicon::fold(head_form).ends_with("mitglied");
        for &(m, use_) in &title_mods {
            if use_ == ModifierUse::Title {
                let form = modifier_form(self.toks[m].text, gender);
                title.push_str(&form);
                if neuter && form.ends_with('e') && !form.ends_with('.') {
                    title.push('s');
                }
                title.push(' ');
            }
        }
        match title_word {
            Some(w) => title.push_str(&w),
            None => {
                if gender == Gender::Neutral && role.masculine != role.feminine {
                    // Adjectival noun with unknown gender: keep as written,
                    // weak ending made nominative ("Beauftragten" → "Beauftragte").
                    let written: Vec<&str> = self.toks[j..end].iter().map(|t| t.text).collect();
                    let w = written.join(" ");
                    title.push_str(w.strip_suffix('n').unwrap_or(&w));
                } else {
                    title.push_str(head_form);
                }
            }
        }
        // "Staatssekretärin für Bauen", "Bundesministerin für Digitales und
        // Verkehr": the portfolio belongs to the title.
        let mut end = end;
        if self.key(end) == "für" {
            let mut k = end + 1;
            let mut last = None;
            // (not past the end of a short line: a contact block's address
            // is on the next; a hard-wrapped paragraph's lines are long)
            let short_line_ends = |k: usize| {
                k > end + 1 && self.line_break_before(k) && {
                    // (looking back a bounded stretch: a text without line
                    // breaks must not make each role scan all of it)
                    let at = self.toks[k - 1].span.end;
                    let mut from = at.saturating_sub(320);
                    while !self.text.is_char_boundary(from) {
                        from += 1;
                    }
                    let line = &self.text[from..at];
                    match line.rfind('\n') {
                        Some(n) => line[n + 1..].chars().count() < 65,
                        None => from == 0 && line.chars().count() < 65,
                    }
                }
            };
            // (nor onto an address line: "… Öffentlichkeitsarbeit /
            // Schicklerstraße 5")
            let address_line = |k: usize| {
                k > end + 1
                    && self.line_break_before(k)
                    && (is_street(self.key(k))
                        || self.tok(k + 1).is_some_and(|n| n.kind == TokenKind::Number))
            };
            while k < self.toks.len() && k < end + 8 && !short_line_ends(k) && !address_line(k) {
                let t = &self.toks[k];
                if t.kind == TokenKind::Word
                    && t.is_capitalised()
                    && !self.is_function(k)
                    && !self.is_role_word(k)
                    && self.first_name_at(k).is_none()
                {
                    last = Some(k + 1);
                } else if !matches!(self.key(k), "und" | "," | "sowie") && !t.is_truncated() {
                    break;
                }
                k += 1;
            }
            if let Some(l) = last {
                title.push(' ');
                title.push_str(&self.span_text(end, l).replace(['\n', '\r'], " "));
                end = l;
            }
        }
        // A judge's rank with the court's level before the name: "Richterin
        // am Landgericht Svenja Okonkwo-Bauer", "Vorsitzender Richter am
        // Oberlandesgericht Dr. …" (a place after the court names the
        // court instead).
        if matches!(self.key(end), "am" | "beim")
            && (title.ends_with("ichter") || title.ends_with("ichterin"))
        {
            let court = end + 1;
            if self.is_word(court)
                && self.toks[court].is_capitalised()
                && (self.key(court).ends_with("gericht")
                    || self.key(court).ends_with("gerichtshof"))
                && self.tok(court + 1).is_some()
                && self.feat(court + 1).person_start
            {
                title.push(' ');
                title.push_str(self.span_text(end, court + 1));
                end = court + 1;
            }
        }
        // "Brand- und Katastrophenschutzinspekteur", "Presse- und
        // Öffentlichkeitsreferentin": a truncated compound joined to the
        // role word is part of its title.
        let mut i = i;
        if title_mods.is_empty()
            && prefix.is_none()
            && i >= 2
            && matches!(self.key(i - 1), "und" | "oder")
            && self.toks[i - 2].is_truncated()
            && self.toks[i - 2].is_capitalised()
            && self.same_sentence(i - 2, i)
        {
            title.insert_str(0, &format!("{} ", self.span_text(i - 2, i)));
            i -= 2;
        }
        let ministry = ministry_of(&title);
        let definite = i
            .checked_sub(1)
            .is_some_and(|p| matches!(self.key(p), "der" | "die" | "des" | "dem" | "den"));
        Some(RoleHit {
            start: if title_mods.iter().all(|&(_, u)| u == ModifierUse::Context)
                && !title_mods.is_empty()
            {
                j
            } else {
                i
            },
            end,
            title,
            gender,
            prefix,
            ministry,
            definite,
            entry,
        })
    }

    /// A compound role at `j` (see [`role_compound`]): (end, form,
    /// prefix, title).
    fn role_compound(&self, j: usize) -> Option<(usize, u32, Option<String>, Option<String>)> {
        let (form, prefix, title) = role_compound(self.lex, self.toks[j].text, self.key(j))?;
        Some((j + 1, form, prefix, Some(title)))
    }

    /// An organisation by pattern at `i`: head + specification, head +
    /// place, descriptor + brand, article + brand, name + legal form.
    fn org_pattern(&self, i: usize) -> Option<OrgHit> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let key = self.key(i);
        // "Investitions- und Strukturbank Rheinland-Pfalz": a truncated
        // word and "und" before a name by pattern start it.
        // (At most three such pairs, "Bau-, Wohn- und Gewerbe…" aside, and
        // no recursion: a chain of them stays linear.)
        if t.is_truncated() {
            let mut j = i;
            while j < i + 6
                && self.tok(j).is_some_and(Token::is_truncated)
                && matches!(self.key(j + 1), "und" | "oder")
                && self.same_sentence(j, j + 2)
            {
                j += 2;
            }
            if j > i
                && !self.tok(j).is_some_and(Token::is_truncated)
                && let Some(mut hit) = self.org_pattern(j)
                && hit.start == j
                && hit.entry.is_none()
            {
                let mut form = self.span_text(i, j).to_owned();
                form.push(' ');
                // "des Sparkassen- und Giroverbands …": the head after the
                // coordination in the nominative
                let word = self.toks[j].text;
                match hit.form.strip_prefix(word) {
                    Some(rest) if i > 0 && matches!(self.key(i - 1), "des" | "eines") => {
                        form.push_str(nominative_head(word));
                        form.push_str(rest);
                    }
                    _ => form.push_str(&hit.form),
                }
                hit.form = form;
                hit.start = i;
                hit.keys.insert(0, self.loose_keys(i, hit.end));
                // "Hanse- und Universitätsstadt Rostock" is the
                // "Hansestadt Rostock" too
                if let Some(tail) = ["stadt", "gemeinde"]
                    .into_iter()
                    .find(|t| self.key(j).ends_with(t))
                    && hit.end > j + 1
                {
                    let place = self.span_text(j + 1, hit.end);
                    for k in (i..j).step_by(2) {
                        let part = self.toks[k].text.trim_end_matches('-');
                        hit.keys.push(loose_join(&format!("{part}{tail} {place}")));
                    }
                }
                return Some(hit);
            }
            return None;
        }
        if let Some(hit) = self.land_government(i) {
            return Some(hit);
        }
        // "des Finanzdepartements", "die Gesundheitsdirektion": a Swiss
        // canton's department named by its field alone is a body (also the
        // last of a coordination: "des Bau- und Verkehrsdepartements").
        let coordinated =
            i > 1 && matches!(self.key(i - 1), "und" | "oder") && self.toks[i - 2].is_truncated();
        if i > 0
            && t.is_capitalised()
            && (coordinated
                || matches!(
                    self.key(i - 1),
                    "des" | "der" | "das" | "dem" | "im" | "vom" | "beim" | "ins"
                )
                || (self.key(i - 1) == "die" && key.ends_with("direktion")))
            && {
                let n = nominative_head(key);
                (n.len() > "departement".len() + 3 && n.ends_with("departement"))
                    || canton_directorate(n)
                    || (coordinated && n == "verkehrsdirektion")
            }
        {
            // (with a specification, the pattern below names it whole:
            // "Finanzdepartement des Kantons Zürich"; it does not know
            // "Verkehrsdirektion", so the specification is taken here:
            // "der Bau- und Verkehrsdirektion des Kantons Bern")
            match self.specification(i + 1) {
                None => return Some(self.pattern_hit(i, i + 1, OrgKind::Ministry, i)),
                Some(end) if nominative_head(key) == "verkehrsdirektion" => {
                    return Some(self.pattern_hit(i, end, OrgKind::Ministry, i));
                }
                Some(_) => {}
            }
        }
        if let Some(kind) = eponym_head(t.text) {
            // ("Max-Planck-Institut für Meteorologie", "Helmholtz-Zentrum für
            // Umweltforschung")
            let end = self.specification(i + 1).unwrap_or(i + 1);
            let end = self.legal_form(end).unwrap_or(end);
            return Some(self.pattern_hit(i, end, kind, i));
        }
        // "Fraktion Bündnis 90/Die Grünen", "Fraktion der Freien Wähler":
        // a party's group named by the party after the word.
        if key == "fraktion" && t.is_capitalised() {
            let k = if matches!(self.key(i + 1), "der" | "des" | "von") {
                i + 2
            } else {
                i + 1
            };
            if let Some((end, f)) = self.org_gazetteer(k)
                && self.lex.orgs[self.lex.org_forms[f as usize].entry as usize].kind
                    == OrgKind::Party
            {
                // ("Fraktion BÜNDNIS 90/DIE GRÜNEN im Landtag
                // Nordrhein-Westfalen" meets "Fraktion BÜNDNIS 90/DIE GRÜNEN")
                let house = self.house_after(end);
                let mut hit = self.pattern_hit(i, house, OrgKind::Parliament, i);
                if house > end {
                    hit.keys.push(self.loose_keys(i, end));
                }
                return Some(hit);
            }
        }
        if key.ends_with("fraktion")
            && let Some(end) = self.party_group(i)
        {
            let mut hit = self.pattern_hit(i, end, OrgKind::Parliament, i);
            // "SPD-Fraktion im Hessischen Landtag" meets a later
            // "SPD-Fraktion".
            if end > i + 1 {
                hit.keys.push(self.loose_keys(i, i + 1));
            }
            return Some(hit);
        }
        // "Salzburger Landtag", "Hamburger Senat": a Land's or city-state's
        // name in -er before its parliament or government.
        if key.len() > 5
            && t.is_capitalised()
            && let Some(stem) = key.strip_suffix("er")
            && (LAENDER.contains(&stem) || matches!(stem, "brem" | "kärntn" | "thüring"))
            && let Some(kind) = match nominative_head(self.key(i + 1)) {
                "landtag" | "landtage" | "bürgerschaft" => Some(OrgKind::Parliament),
                "senat" | "landesregierung" => Some(OrgKind::Government),
                // "Thüringer Oberverwaltungsgericht", "Berliner
                // Verfassungsgerichtshof"
                h if h.ends_with("gericht") || h.ends_with("gerichtshof") => Some(OrgKind::Court),
                "rechnungshof" => Some(OrgKind::Authority),
                _ => None,
            }
        {
            return Some(self.pattern_hit(i, i + 2, kind, i + 1));
        }
        if t.is_capitalised() && !NOT_HEADED.contains(&key) {
            // Capitalised adjectives before a head ("Technische Universität").
            let mut h = i;
            while h < i + 3
                && self.is_word(h)
                && self.toks[h].is_capitalised()
                && self.feat(h).adjective
                && self.feat(h).heads.place.is_none()
                && self.feat(h).heads.spec.is_none()
                // not a role word ("Sprecher" ends in -er like an
                // adjective; told by the word's features: a role's start
                // that is no modifier) nor across a line ("Pressesprecher /
                // Bundesministerium …")
                && !(self.feat(h).role_start && self.feat(h).modifier.is_none())
                // nor an office's unit, a noun in -e ("Pressestelle
                // Landratsamt Cham", "Geschäftsstelle Stadt Kiel")
                && !self.key(h).ends_with("stelle")
                && !self.line_break_before(h + 1)
                // an adjective stands before its noun: a word shaped like
                // one that ends the phrase is the noun ("des Bayerischen
                // Handwerkstages,")
                && self.tok(h + 1).is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
            {
                h += 1;
            }
            if h < self.toks.len()
                && (h == i || self.is_word(h))
                && !NOT_HEADED.contains(&self.key(h))
            {
                let hkey = self.key(h);
                // "Universität zu Lübeck", "Humboldt-Universität zu Berlin"
                let to = usize::from(hkey.ends_with("universität") && self.key(h + 1) == "zu");
                // "Grundschule am Rosensteinpark", "Gymnasium an der
                // Josefstraße": a school named by where it stands.
                let nominative = nominative_head(hkey);
                if (nominative.ends_with("schule") || nominative.ends_with("gymnasium"))
                    && !nominative.ends_with("hochschule")
                    && matches!(self.key(h + 1), "am" | "an" | "im")
                {
                    let k = if matches!(self.key(h + 2), "der" | "dem") {
                        h + 3
                    } else {
                        h + 2
                    };
                    // (not a time: "die Schule am Mittwoch")
                    let time = |k: usize| {
                        is_weekday(self.key(k))
                            || LEXICON.month(self.toks[k].text).is_some()
                            || matches!(
                                self.key(k),
                                "wochenende"
                                    | "vormittag"
                                    | "nachmittag"
                                    | "abend"
                                    | "morgen"
                                    | "anfang"
                                    | "ende"
                                    | "tag"
                            )
                    };
                    if self.tok(k).is_some_and(|t| {
                        t.kind == TokenKind::Word && t.is_capitalised() && !self.is_function(k)
                    }) && !time(k)
                        && self.same_sentence(h, k)
                    {
                        return Some(self.pattern_hit(i, k + 1, OrgKind::Other, h));
                    }
                }
                if let Some(kind) = self.feat(h).heads.place
                    && let Some(end) = self.place(h + 1 + to)
                    && (!matches!(hkey, "land" | "freistaat" | "landes" | "freistaates")
                        || LAENDER.contains(&self.key(h + 1)))
                    && !(matches!(hkey, "amt" | "amtes" | "markt" | "marktes")
                        && self.office_not_place(h))
                    // (a university's short form before a noun is no
                    // place's: "ist die TU Mitglied"; an academy's name
                    // and town are: "TU Bergakademie Freiberg")
                    && !(matches!(hkey, "tu" | "th" | "fh" | "haw")
                        && (self.is_role_word(h + 1)
                            || self.feat(h + 1).role_start
                            || matches!(self.key(h + 2), "der" | "des")
                            || (common_noun_shape(self.key(h + 1))
                                && !self.key(h + 1).ends_with("akademie")
                                && self.tok(h + 2).is_some_and(Token::is_capitalised))))
                {
                    // (a Brandenburg Amt's official name: "Amt Gransee und
                    // Gemeinden", where the phrase ends there: not "das Amt
                    // Odervorland und Gemeinden aus dem Landkreis")
                    let end = if matches!(hkey, "amt" | "amtes")
                        && self.key(end) == "und"
                        && self.key(end + 1) == "gemeinden"
                        && self
                            .tok(end + 2)
                            .is_none_or(|t| matches!(t.text, "." | "," | ";" | ")"))
                    {
                        end + 2
                    } else {
                        end
                    };
                    // (with its legal form, also after one more word of the
                    // firm's name: "Stadtwerke Frankfurt am Main Holding
                    // GmbH"; a Land there is a branch's, for the gazetteer:
                    // "Sozialverband VdK Sachsen e.V.")
                    let end = self.legal_form(end).unwrap_or_else(|| {
                        self.tok(end)
                            .filter(|t| {
                                t.kind == TokenKind::Word
                                    && t.is_capitalised()
                                    && !self.is_function(end)
                                    && !land_key(self.key(end))
                                    && !self.feat(end).org_root
                                    && self.same_sentence(end - 1, end)
                            })
                            .and_then(|_| self.legal_form(end + 1))
                            .unwrap_or(end)
                    });
                    return Some(self.pattern_hit(i, end, kind, h));
                }
                // "die 4. Kammer des Verwaltungsgerichts": a court's
                // chamber is part of the court.
                // Nor is "eine Anstalt des öffentlichen Rechts" a name:
                // it is a legal form.
                let no_body = (hkey == "kammer"
                    && matches!(self.key(h + 1), "des" | "der")
                    && self.key(h + 2).contains("gericht"))
                    || (self.key(h + 2) == "öffentlichen" && self.key(h + 3) == "rechts")
                    // "die im Verband für die Ausbildung zuständig ist": a
                    // bare association's "für" with an article is a remit
                    || (matches!(hkey, "verband" | "verein")
                        && self.key(h + 1) == "für"
                        && matches!(self.key(h + 2), "die" | "den" | "das" | "dem")
                        // (a name has a legal form or an acronym: "Verband
                        // für das Deutsche Hundewesen (VDH)")
                        && self.specification(h + 1).is_none_or(|e| {
                            self.key(e) != "(" && self.legal_form(e).is_none()
                        }));
                // (a circle of friends is a body only with its legal
                // form or a name of more than one word: not "aus dem
                // Freundeskreis des Opfers")
                let circle = hkey.contains("freundeskreis") || hkey.contains("förderkreis");
                if let Some(kind) = self.feat(h).heads.spec
                    && !no_body
                    && let Some(end) = self.specification(h + 1)
                    && (!circle || self.legal_form(end).is_some() || end > h + 3)
                {
                    let end = self.legal_form(end).unwrap_or(end);
                    return Some(self.pattern_hit(i, end, kind, h));
                }
                // "Energieagentur Rheinland-Pfalz", "Kassenärztliche
                // Vereinigung Bayerns", "Offener Kanal Schleswig-Holstein":
                // a compound head, or a noun after capitalised adjectives
                // (not at a sentence's start: "Neue Regeln Bayern"), and
                // the Land the body serves. A bare head is no name ("im
                // Zentrum Berlins").
                if (h > i || self.feat(h).heads.spec.is_some() || hkey.ends_with("bank"))
                    && let Some(end) = self.land_after(h + 1)
                    && let Some(kind) = self
                        .feat(h)
                        .heads
                        .spec
                        .filter(|_| {
                            h > i
                                || head_kind(nominative_head(hkey), HeadList::Spec, true).is_none()
                        })
                        .or_else(|| {
                            let nominative = nominative_head(hkey);
                            if nominative.len() > 6 && nominative.ends_with("bank") {
                                Some(OrgKind::Company)
                            } else {
                                (h > i
                                    && !self.initial[i]
                                    && !self.feat(h).adjective
                                    && !self.is_function(h))
                                .then_some(OrgKind::Other)
                            }
                        })
                {
                    // ("Mittelständische Beteiligungsgesellschaft Sachsen
                    // mbH": with its legal form, and the form's kind)
                    return Some(match self.legal_form(end) {
                        Some(legal_end) => {
                            let mut hit = self.pattern_hit(i, legal_end, kind, h);
                            if kind == OrgKind::Other {
                                hit.kind = legal_kind(self.key(end));
                            }
                            hit.keys.push(self.loose_keys(i, end));
                            hit
                        }
                        None => self.pattern_hit(i, end, kind, h),
                    });
                }
                // "Landesbetrieb Straßenbau NRW", "Landeszentrum Gesundheit
                // Nordrhein-Westfalen", "Landesbetrieb Straßenbau und Verkehr
                // Schleswig-Holstein": a Land's body named by its fields
                // (nouns, "und" between them) between the head and the Land.
                if hkey.starts_with("landes")
                    && let Some(kind) = self.feat(h).heads.spec
                    && let Some(end) = self.fields_then_land(h + 1)
                {
                    let end = self.legal_form(end).unwrap_or(end);
                    return Some(self.pattern_hit(i, end, kind, h));
                }
                // "Niedersächsisches Justizministerium", "Niedersächsischer
                // Richterbund", "Deutscher Richterbund": a Land's or the
                // country's adjective before a compound head names a body
                // without a specification.
                // (the cheap tests first: the head, then the adjectives)
                let nominative = nominative_head(hkey);
                if h > i
                    && h < i + 3
                    && nominative.len() > 8
                    && let Some(kind) = self.feat(h).heads.spec.or_else(|| {
                        // ("Bayerischer Handwerkstag", "Hessischer
                        // Landkreistag": an association's assembly)
                        // ("Mitteldeutscher Verkehrsverbund")
                        if nominative.ends_with("verkehrsverbund") {
                            Some(OrgKind::Company)
                        } else if nominative.ends_with("zentrum") {
                            // a centre that is a body with the country's
                            // or a Land's name ("Deutsches
                            // Klimarechenzentrum")
                            Some(OrgKind::Research)
                        } else if nominative.ends_with("bund") || nominative.ends_with("tag") {
                            Some(OrgKind::Association)
                        } else {
                            nominative.ends_with("kasse").then_some(OrgKind::Other)
                        }
                    })
                    && (i..h).any(|a| {
                        adjective_stem(self.key(a)).is_some_and(|s| {
                            // ("Mitteldeutscher", "Norddeutscher")
                            s.ends_with("deutsch") || s == "europäisch" || land_of_stem(s).is_some()
                        })
                    })
                {
                    let end = self.legal_form(h + 1).unwrap_or(h + 1);
                    return Some(self.pattern_hit(i, end, kind, h));
                }
                // "Stiftung Digitale Chancen", "Zweckverband Kommunale
                // Datenverarbeitung Oldenburg": a name of capitalised words.
                if self.feat(h).named_head
                    && let Some(end) = self.name_continuation(h + 1)
                {
                    // "Stiftung Thüringer Schlösser und Gärten": an
                    // adjective's two nouns joined by "und".
                    let end = if end == h + 3
                        && (self.feat(h + 1).adjective || self.key(h + 1).ends_with("er"))
                        && self.key(end) == "und"
                        && self.tok(end + 1).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && t.is_capitalised()
                                && !self.is_function(end + 1)
                                && !self.feat(end + 1).role_start
                                && !self.feat(end + 1).named_head
                                && self.feat(end + 1).heads.spec.is_none()
                                && self.feat(end + 1).heads.place.is_none()
                                && self.first_name_at(end + 1).is_none()
                        })
                        && self.org_gazetteer(end + 1).is_none()
                        && self.same_sentence(h, end + 1)
                        // (the name's end: a line's, punctuation, or a verb
                        // after the genitive "der Stiftung …"; not a
                        // subject of two: "Die Stiftung Hessischer Rundfunk
                        // und Sparkassen unterstützen")
                        && (self.line_break_before(end + 2)
                            || (self.ends_brand(end + 2, true)
                                && (self.tok(end + 2).is_none_or(|n| n.kind != TokenKind::Word)
                                    || h.checked_sub(1).is_some_and(|p| self.key(p) == "der")
                                    // (a verb in the singular: "… und
                                    // Kunstsammlungen zeigt", not "…
                                    // und Sparkassen unterstützen")
                                    || (!self.is_function(end + 2)
                                        && (self.key(end + 2).ends_with('t')
                                            || self.key(end + 2).ends_with("te"))))))
                    {
                        end + 2
                    } else {
                        end
                    };
                    let end = self.legal_form(end).unwrap_or(end);
                    let kind = self.feat(h).heads.spec.unwrap_or(OrgKind::Association);
                    return Some(self.pattern_hit(i, end, kind, h));
                }
            }
            // Descriptor + brand.
            // A descriptor in the genitive only after "des" ("des
            // Digitalverbands Bitkom"), not a plural ("Start-ups Prototypen").
            let descriptor = self.feat(i).heads.descriptor.filter(|_| {
                head_kind(key, HeadList::Descriptor, false).is_some()
                    || (i > 0 && matches!(self.key(i - 1), "des" | "eines"))
            });
            // (after a dative, a medium is spoken to and a name after it
            // is the speaker's: "sagte der Zeitung Peter Müller")
            let spoken_to = |kind: OrgKind| {
                kind == OrgKind::Media
                    && i > 0
                    && matches!(self.key(i - 1), "dem" | "der")
                    && self.first_name_at(i + 1).is_some_and(|(a, _)| !a)
            };
            if let Some(kind) = descriptor
                && !spoken_to(kind)
                && let Some(end) = self.brand(i + 1)
            {
                // With a legal form the whole is the registered name
                // ("Energiegenossenschaft Hunsrück-Mosel eG").
                if let Some(legal) = self.legal_form(end) {
                    return Some(self.pattern_hit(i, legal, kind, i));
                }
                let form = self.span_text(i + 1, end).to_owned();
                // "des Digitalverbands Bitkom" → "Digitalverband Bitkom".
                let descriptor = if i > 0 && matches!(self.key(i - 1), "des" | "eines") {
                    let rest = &self.text[self.toks[i].span.end..self.toks[end - 1].span.end];
                    Some(format!("{}{rest}", nominative_head(self.toks[i].text)))
                } else {
                    Some(self.span_text(i, end).to_owned())
                };
                let keys = vec![self.loose_keys(i + 1, end)];
                let (entry, kind) = match self.org_gazetteer(i + 1) {
                    Some((e, f)) if e == end => {
                        let entry = self.lex.org_forms[f as usize].entry;
                        (Some(entry), self.lex.orgs[entry as usize].kind)
                    }
                    _ => (None, kind),
                };
                return Some(OrgHit {
                    start: i + 1,
                    end,
                    entry,
                    kind,
                    form,
                    descriptor,
                    part: None,
                    keys,
                });
            }
        }
        if let Some((head, end)) = self.committee(i) {
            return Some(self.pattern_hit(i, end, OrgKind::Parliament, head));
        }
        // "das Landvolk Niedersachsen", "der Lebenshilfe Saarland": after an
        // article, a noun and a Land (not a city-state, which is a place:
        // "die Metropole Berlin") name a body.
        if i > 0
            && matches!(
                self.key(i - 1),
                "der" | "die" | "das" | "des" | "dem" | "den" | "vom" | "beim" | "zum" | "zur"
            )
            && t.is_capitalised()
            && !self.initial[i]
            && LAENDER.contains(&self.key(i + 1))
            && !matches!(
                self.key(i + 1),
                "berlin" | "hamburg" | "bremen" | "wien" | "salzburg"
            )
            && self.same_sentence(i, i + 1)
            && !self.is_function(i)
            && !self.feat(i).role_start
            && !self.feat(i).person_noun
            && self.feat(i).first_name.is_none()
            && self.feat(i).heads.place.is_none()
            && !common_noun_shape(key)
            && !key.ends_with("en")
            && !is_acronym_like(t.text)
            && !matches!(
                key,
                "region" | "metropole" | "bundesland" | "norden" | "süden" | "osten" | "westen"
            )
            && !self
                .tok(i + 2)
                .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        {
            let end = self.legal_form(i + 2).unwrap_or(i + 2);
            let mut hit = self.pattern_hit(i, end, OrgKind::Association, i);
            // (the noun alone names it later: "die Lebenshilfe")
            hit.keys.push(self.loose_keys(i, i + 1));
            return Some(hit);
        }
        // "im Hessischen Landtag", "der Sächsische Landtag": a Land's
        // adjective before its parliament.
        if t.is_capitalised()
            && adjective_stem(key).is_some_and(|s| land_of_stem(s).is_some())
            && matches!(self.key(i + 1), "landtag" | "landtags" | "landtages")
        {
            return Some(self.pattern_hit(i, i + 2, OrgKind::Parliament, i + 1));
        }
        // "Regierung von Schwaben", "Regierung von Oberbayern": a Bavarian
        // district government.
        if matches!(key, "regierung") && self.key(i + 1) == "von" && t.is_capitalised() {
            let r = self.key(i + 2);
            if matches!(
                r,
                "oberbayern"
                    | "niederbayern"
                    | "schwaben"
                    | "oberpfalz"
                    | "oberfranken"
                    | "mittelfranken"
                    | "unterfranken"
            ) {
                return Some(self.pattern_hit(i, i + 3, OrgKind::Authority, i));
            }
        }
        // "Amt der Salzburger Landesregierung", "Amt der Steiermärkischen
        // Landesregierung": an Austrian Land's administration.
        if matches!(key, "amt" | "amtes")
            && self.key(i + 1) == "der"
            && self.is_word(i + 2)
            && self.toks[i + 2].is_capitalised()
            && matches!(self.key(i + 3), "landesregierung")
        {
            return Some(self.pattern_hit(i, i + 4, OrgKind::Authority, i));
        }
        if let Some((head, end)) = self.church(i) {
            return Some(self.pattern_hit(i, end, OrgKind::Other, head));
        }
        // Name + legal form: "Stadtwerke Lüneburg GmbH", "Muster & Partner AG",
        // not the noun that describes it ("der Tochtergesellschaft Rheintal
        // Wärme GmbH", "das Unternehmen Muster GmbH": the name starts after).
        // Nor a place's adjective before it ("das Münchner Unternehmen
        // Sprachwerk GmbH") or a parent's daughter ("AKDB-Tochter LivingData
        // GmbH").
        // Nor a person's title in apposition after the name ("Anna Beck,
        // Geschäftsführerin Stadtwerke Lübeck GmbH"; not "Richter Pharma
        // AG", "General Electric Deutschland GmbH").
        let describes = || {
            (self.feat(i).heads.descriptor.is_some()
                || (self.feat(i).adjective && self.feat(i + 1).heads.descriptor.is_some())
                || key.contains("tochter")
                || (self.feat(i).role_start && self.is_role_word(i) && self.after_name(i)))
                && self.tok(i + 1).is_some_and(|n| n.is_capitalised())
                && self.legal_form(i + 1).is_none()
        };
        // A name headed by a body's noun may hold the little words of a
        // name ("Bund der Historischen Deutschen Schützenbruderschaften
        // e.V.", "Diakonisches Werk Evangelischer Kirchen in
        // Mitteldeutschland e.V."), and is then up to eight words long; only
        // before an association's or non-profit's legal form (e.V., eG,
        // gGmbH).
        let headed = |k: usize| {
            self.feat(k).heads.spec.is_some()
                || self.feat(k).named_head
                || matches!(self.key(k), "bund" | "bundes" | "werk" | "werkes")
        };
        // (also a lowercase adjective: "Verband medizinischer Fachberufe
        // e.V.")
        let link_word = |k: usize| {
            matches!(
                self.key(k),
                "der" | "des" | "in" | "im" | "von" | "zu" | "zur" | "zum"
            ) || (is_adjective(self.key(k)) && {
                let key = self.key(k);
                let stem = ["er", "es", "em", "en", "e"]
                    .iter()
                    .find_map(|e| key.strip_suffix(e))
                    .unwrap_or(key);
                inflects_like_adjective(stem)
            })
        };
        let reach = if self.feat(i).role_start || self.feat(i).person_noun {
            5
        } else {
            8
        };
        if self.legal_ahead(i, reach) && t.is_capitalised() && !self.is_function(i) && !describes()
        {
            let mut j = i;
            let mut linked = false;
            while j < i + if linked { reach } else { 5 } && j < self.toks.len() {
                // "Leipziger Verkehrsbetriebe (LVB) GmbH": an acronym in
                // brackets before the legal form is in the name, and an
                // alias of it.
                if j > i
                    && self.key(j) == "("
                    && self.key(j + 2) == ")"
                    && self.is_word(j + 1)
                    && is_acronym_like(self.toks[j + 1].text)
                    && let Some(end) = self.legal_form(j + 3)
                {
                    let kind = legal_kind(self.key(j + 3));
                    let mut hit = self.pattern_hit(i, end, kind, j - 1);
                    hit.keys.push(self.loose_keys(i, j));
                    hit.descriptor = Some(self.toks[j + 1].text.to_owned());
                    return Some(hit);
                }
                if let Some(end) = self.legal_form(j)
                    && j > i
                {
                    // (the little words of a name only in an association's
                    // or a non-profit's: "Das Werk der Volkswagen AG" is a
                    // plant of the company)
                    if linked
                        && !matches!(self.key(j), "e.v." | "e." | "w.v." | "w." | "eg" | "ggmbh")
                    {
                        break;
                    }
                    let kind = legal_kind(self.key(j));
                    // The noun after the name's adjectives is its head, for
                    // their endings ("der Deutschen Bahn AG").
                    let head = (i..j)
                        .find(|&k| {
                            !(k + 1 < j
                                && self.toks[k].is_capitalised()
                                && is_adjective(self.key(k))
                                && inflects_like_adjective(self.key(k)))
                        })
                        .unwrap_or(j);
                    let mut hit = self.pattern_hit(i, end, kind, head);
                    hit.keys.push(self.loose_keys(i, j));
                    if let Some((e, f)) = self.org_gazetteer(i)
                        && e == j
                    {
                        let entry = self.lex.org_forms[f as usize].entry;
                        hit.entry = Some(entry);
                        hit.kind = self.lex.orgs[entry as usize].kind;
                    }
                    return Some(hit);
                }
                let tj = &self.toks[j];
                let ok = self.same_sentence(i, j)
                    && ((tj.kind == TokenKind::Word
                        && tj.text.contains(char::is_uppercase)
                        && !self.is_function(j)
                        && LEXICON.month(tj.text).is_none())
                        || tj.text == "&"
                        || (tj.kind == TokenKind::Word
                            && matches!(self.key(j), "und" | "für")
                            && j > i));
                let link = !ok
                    && reach > 5
                    && j > i
                    && tj.kind == TokenKind::Word
                    && link_word(j)
                    && self.same_sentence(i, j)
                    && self.tok(j + 1).is_some_and(|n| n.is_capitalised())
                    && (i..j).any(headed);
                if !ok && !link {
                    break;
                }
                linked |= link;
                j += 1;
            }
        }
        // A brand with inner capitals after an article: "der DigitalService".
        if i > 0
            && t.is_capitalised()
            && matches!(
                self.key(i - 1),
                "der"
                    | "die"
                    | "das"
                    | "des"
                    | "dem"
                    | "den"
                    | "beim"
                    | "vom"
                    | "zum"
                    | "zur"
                    | "im"
            )
            && self.feat(i).camel_brand
        {
            let end = self.genitive(i + 1).unwrap_or(i + 1);
            return Some(self.pattern_hit(i, end, OrgKind::Other, i));
        }
        None
    }

    fn pattern_hit(&self, start: usize, end: usize, kind: OrgKind, head: usize) -> OrgHit {
        // The text of the span, and room for a changed ending or two.
        let span_len = self
            .tok(end.saturating_sub(1))
            .zip(self.tok(start))
            .map_or(0, |(e, s)| e.span.end.saturating_sub(s.span.start));
        let mut form = String::with_capacity(span_len + 8);
        // Nominative: the head after "des" loses its genitive ending.
        let genitive = start
            .checked_sub(1)
            .is_some_and(|p| matches!(self.key(p), "des" | "eines"));
        let base = self.toks[start].span.start;
        let mut last = base;
        // Adjectives before the head after a dative or genitive article
        // take the nominative ending of the head's gender ("im
        // Niedersächsischen Ministerium" → "Niedersächsisches Ministerium").
        let oblique = start.checked_sub(1).is_some_and(|p| {
            matches!(
                self.key(p),
                "des"
                    | "dem"
                    | "den"
                    | "der"
                    | "im"
                    | "vom"
                    | "beim"
                    | "zum"
                    | "zur"
                    | "eines"
                    | "einem"
                    | "einer"
            )
        });
        let head_key = nominative_head(self.key(head));
        for k in start..end {
            let t = &self.toks[k];
            push_spaced(&mut form, self.text.get(last..t.span.start).unwrap_or(""));
            if k == head && genitive {
                form.push_str(nominative_head(t.text));
            } else if k < head
                && oblique
                && t.is_capitalised()
                && t.text.ends_with("en")
                && is_adjective(self.key(k))
                && inflects_like_adjective(self.key(k))
            {
                form.push_str(&t.text[..t.text.len() - 2]);
                form.push_str(match head_gender(head_key) {
                    'f' => "e",
                    'n' => "es",
                    _ => "er",
                });
            } else if k < head
                && t.is_capitalised()
                && t.text.ends_with('e')
                && is_adjective(self.key(k))
                && inflects_like_adjective(self.key(k))
            {
                // The weak ending after a definite article, made strong:
                // "Das Hessische Ministerium" → "Hessisches Ministerium",
                // "Der Hessische Städtetag" → "Hessischer Städtetag".
                form.push_str(t.text);
                match head_gender(head_key) {
                    'n' if head_key != "werke" => form.push('s'),
                    // Only heads known to be masculine: an unknown one may
                    // be a plural ("Die Städtische Werke").
                    'm' if [
                        "tag",
                        "rat",
                        "verband",
                        "bund",
                        "dienst",
                        "betrieb",
                        "ausschuss",
                        "senat",
                        "kreis",
                        "bezirk",
                        "verein",
                        "konzern",
                        "rundfunk",
                        "kanal",
                        "hof",
                        "rechnungshof",
                    ]
                    .iter()
                    .any(|h| head_key.ends_with(h)) =>
                    {
                        form.push('r');
                    }
                    _ => {}
                }
            } else {
                form.push_str(t.text);
            }
            last = t.span.end;
        }
        let mut keys = Vec::with_capacity(2);
        keys.push(self.loose_keys(start, end));
        // The core without a trailing genitive ("Zentrum für … des Bundes"
        // meets "Zentrum für …").
        // (A core of a generic head alone names nothing: "Vertretung |
        // der Europäischen Kommission", "Ministerium | des Innern"; a
        // brand does: "DigitalService | des Bundes".)
        if let Some(g) =
            (start + 1..end).find(|&k| matches!(self.key(k), "des" | "der") && k > head)
            && (g > start + 1
                || (self.feat(start).heads.spec.is_none()
                    && self.feat(start).heads.place.is_none()
                    && !matches!(self.key(start), "bund" | "bundes" | "werk" | "werkes")))
        {
            keys.push(self.loose_keys(start, g));
        }
        // A district's or town's administration is the district or town:
        // "Landratsamt Ravensburg" and "Kreisverwaltung Mainz-Bingen" meet
        // "Landkreis …" and "Kreis …", "Stadtverwaltung Trier" meets "Stadt
        // Trier".
        if head == start && end > start + 1 {
            let place = self.span_text(start + 1, end);
            let bodies: &[&str] = match head_key {
                "landratsamt" | "kreisverwaltung" => &["landkreis", "kreis"],
                "stadtverwaltung" => &["stadt"],
                // a university's short form is its long one: "TH
                // Deggendorf" meets "Technische Hochschule Deggendorf"
                "th" => &["technische hochschule"],
                "tu" => &["technische universität"],
                "fh" => &["fachhochschule"],
                "haw" => &["hochschule für angewandte wissenschaften"],
                _ => &[],
            };
            for body in bodies {
                keys.push(loose_join(&format!("{body} {place}")));
            }
            // ("Landratsamt Bodenseekreis" meets "Bodenseekreis")
            if matches!(
                head_key,
                "landratsamt" | "kreisverwaltung" | "stadtverwaltung"
            ) && self.key(end - 1).ends_with("kreis")
            {
                keys.push(self.loose_keys(start + 1, end));
            }
        }
        // The name without an acronym's prefix ("THW-Ortsverband Straubing"
        // meets "Ortsverband Straubing"; not a bare head, nor a party's
        // prefix, which would join every "CDU-Fraktion im Landtag" and
        // "SPD-Fraktion im Landtag" of the text).
        if let Some((prefix, rest)) = form.split_once('-')
            && is_acronym_like(prefix)
            && !prefix.contains(' ')
            && rest.starts_with(char::is_uppercase)
            && rest.contains(' ')
            && head == start
            && !prefix_hit(self, start, prefix)
                .and_then(|o| o.entry)
                .is_some_and(|e| self.lex.orgs[e as usize].kind == OrgKind::Party)
        {
            keys.push(loose_join(rest));
        }
        // The name without a place in brackets ("Verbandsgemeinde Kirchberg
        // (Hunsrück)" meets "Verbandsgemeinde Kirchberg").
        if let Some(b) = (start + 2..end).find(|&k| self.key(k) == "(")
            && self.key(end - 1) == ")"
        {
            keys.push(self.loose_keys(start, b));
        }
        // The name without its legal form ("Klinikum Lippe-Süd gGmbH"
        // meets "Klinikum Lippe-Süd"); a head of no kind takes the form's
        // ("Klinikum Fichtelgebirge gGmbH" is a company).
        let mut kind = kind;
        if let Some(k) = (head + 1..end)
            .rev()
            .take(4)
            .find(|&k| self.legal_form(k) == Some(end))
        {
            keys.push(self.loose_keys(start, k));
            if kind == OrgKind::Other {
                kind = legal_kind(self.key(k));
            }
        }
        // A genitive head's loose stem need not be its nominative's ("des
        // Kreises Steinfurt": "kreis" against "krei"): the nominative
        // form's key too.
        if genitive && head < end {
            keys.push(loose_join(&form));
        }

        OrgHit {
            start,
            end,
            entry: None,
            kind,
            form,
            descriptor: None,
            part: None,
            keys,
        }
    }

    fn span_text(&self, start: usize, end: usize) -> &'t str {
        let (Some(a), Some(b)) = (
            self.tok(start),
            end.checked_sub(1).and_then(|e| self.tok(e)),
        ) else {
            return "";
        };
        &self.text[a.span.start..b.span.end]
    }

    fn loose_keys(&self, start: usize, end: usize) -> String {
        // about a dozen bytes a word: one allocation for most names
        let mut out = String::with_capacity(12 * end.saturating_sub(start).min(16));
        for k in start..end {
            if k > start {
                out.push(' ');
                // "Landtag M-V" meets "Landtag Mecklenburg-Vorpommern"
                if let Some(land) = land_of_short(self.key(k)) {
                    out.push_str(loose(land));
                    continue;
                }
            }
            out.push_str(loose(self.key(k)));
        }
        out
    }

    /// A legal form at `j` ("GmbH", "e.V.", "e. V.", "GmbH & Co. KG"):
    /// the end of the name.
    fn legal_form(&self, j: usize) -> Option<usize> {
        let key = self.key(j);
        if j >= self.toks.len() {
            return None;
        }
        // ("e. V.", and "w. V.", an economic association's)
        if matches!(key, "e." | "w.") && self.key(j + 1) == "v." {
            return Some(j + 2);
        }
        // "Steiermärkische Krankenanstaltengesellschaft m.b.H."
        if key == "m." && self.key(j + 1) == "b." && self.key(j + 2) == "h." {
            return Some(j + 3);
        }
        if LEGAL_FORMS.iter().any(|&(f, _)| f == key) {
            // The acronym forms must be written as such ("AG", not "ag").
            let t = self.toks[j].text;
            if t.chars().next().is_some_and(char::is_lowercase)
                && !matches!(key, "eg" | "e.v." | "w.v." | "ggmbh" | "mbh")
            {
                return None;
            }
            // ("GmbH & Co. KG", "GmbH & Co. OHG", "AG & Co. KGaA")
            if matches!(key, "gmbh" | "ag" | "se")
                && self.key(j + 1) == "&"
                && self.key(j + 2) == "co."
                && matches!(self.key(j + 3), "kg" | "ohg" | "kgaa")
            {
                return Some(j + 4);
            }
            return Some(j + 1);
        }
        None
    }

    /// "Pressemitteilung der Landesbeauftragten für Datenschutz und
    /// Informationsfreiheit Nordrhein-Westfalen", "Der Senator für Inneres
    /// (SI)": an office with its portfolio (a Beauftragte, Bevollmächtigte
    /// or Senator) that issues a release or takes an acronym in brackets,
    /// or a Bremen senator's office that acts without a name, is the
    /// authority of that name (nominative, as the role's title).
    fn office_as_body(&self, r: &RoleHit) -> Option<OrgHit> {
        // (only an office that names an authority: a Beauftragte, a
        // Bevollmächtigte or a Senator; not "Professorin für Informatik
        // (TUM)")
        let (office, _) = r.title.split_once(" für ")?;
        let office = super::lexicon::fold(office.rsplit(' ').next().unwrap_or(office));
        if ![
            "beauftragte",
            "beauftragter",
            "bevollmächtigte",
            "bevollmächtigter",
            "senator",
            "senatorin",
        ]
        .iter()
        .any(|o| office.ends_with(o))
        {
            return None;
        }
        let issued = r.start >= 2
            && matches!(self.key(r.start - 1), "der" | "des")
            && matches!(
                self.key(r.start - 2),
                "pressemitteilung"
                    | "presseinformation"
                    | "medieninformation"
                    | "pressemeldung"
                    | "mitteilung"
            );
        let acronym = |k: usize| self.is_word(k) && is_acronym_like(self.toks[k].text);
        let bracketed = self.key(r.end) == "("
            && acronym(r.end + 1)
            && (self.key(r.end + 2) == ")" || (acronym(r.end + 2) && self.key(r.end + 3) == ")"));
        // Bremen's authorities bear their senator's title: "Die Senatorin
        // für Bau, Mobilität und Stadtentwicklung hat das Vorhaben
        // gefördert", "X von der Senatorin für Umwelt, … kündigte an": in
        // a text that names Bremen, the office with an article and a verb
        // after it that is no speech verb (a person speaks), no name.
        let acting = office.starts_with("senator")
            && r.start >= 1
            && matches!(self.key(r.start - 1), "die" | "der")
            && self.tok(r.end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.is_capitalised()
                    && !self.feat(r.end).strong_speech
                    && !matches!(
                        self.key(r.end),
                        "a." | "d."
                            | "und"
                            | "oder"
                            | "sowie"
                            | "für"
                            | "in"
                            | "im"
                            | "am"
                            | "an"
                            | "auf"
                            | "aus"
                            | "bei"
                            | "mit"
                            | "nach"
                            | "von"
                            | "vom"
                            | "zu"
                            | "zum"
                            | "zur"
                            | "über"
                            | "als"
                            | "wie"
                            | "des"
                            | "der"
                            | "die"
                            | "das"
                            | "den"
                            | "dem"
                    )
            })
            && self
                .cap_words
                .iter()
                .any(|&k| matches!(self.key(k as usize), "bremen" | "bremens" | "bremer"));
        if !(issued || bracketed || acting) {
            return None;
        }
        // (an authority, also a Senator's: as a ministry it would be every
        // minister's body by default)
        Some(OrgHit {
            start: r.start,
            end: r.end,
            entry: None,
            kind: OrgKind::Authority,
            form: r.title.clone(),
            descriptor: None,
            part: None,
            keys: vec![loose_join(&r.title), self.loose_keys(r.start, r.end)],
        })
    }

    /// "Evangelische Kirche in Mitteldeutschland", "Evangelisch-Lutherische
    /// Landeskirche Hannovers", "der Evangelischen Kirche im Rheinland": a
    /// church by its confession and its region. Returns the head and the
    /// end.
    fn church(&self, i: usize) -> Option<(usize, usize)> {
        let confession = |k: usize| self.is_confession(k);
        if !self.is_word(i) || !confession(i) {
            return None;
        }
        let mut h = i + 1;
        if self.is_word(h) && confession(h) {
            h += 1;
        }
        let head = nominative_head(self.key(h));
        if !matches!(head, "kirche" | "landeskirche" | "kirch") || !self.same_sentence(i, h) {
            return None;
        }
        let mut end = h + 1;
        let k = if matches!(self.key(end), "in" | "im" | "von") {
            end + 1
        } else {
            end
        };
        // the region: one or two capitalised words (a Land in the genitive
        // too: "Hannovers")
        let region = |k: usize| {
            self.is_word(k)
                && self.toks[k].is_capitalised()
                && !self.is_function(k)
                && self.same_sentence(h, k)
                && LEXICON.month(self.toks[k].text).is_none()
        };
        if region(k) && self.feat(k).first_name.is_none() {
            end = k + 1;
            if self.key(end) == "und" && region(end + 1) && k > h + 1 {
                end += 2;
            }
        }
        Some((h, end))
    }

    /// "im Haushaltsausschuss des Deutschen Bundestages", "des
    /// Kulturpolitischen Ausschusses": a committee named by a compound or
    /// a capitalised adjective after an article, with the house a genitive
    /// names ("des Landtags", "des Kreistages Ravensburg"). Returns the
    /// head and the end.
    fn committee(&self, i: usize) -> Option<(usize, usize)> {
        const ARTICLES: &[&str] = &[
            "der", "die", "das", "des", "dem", "den", "im", "vom", "zum", "beim",
        ];
        let prev = i.checked_sub(1)?;
        if !ARTICLES.contains(&self.key(prev)) || !self.toks[i].is_capitalised() {
            return None;
        }
        let committee =
            |k: &str| matches!(k, "ausschuss" | "ausschusses" | "ausschusse" | "ausschuß");
        let key = self.key(i);
        let head = if key.len() > "ausschusses".len()
            && (key.ends_with("ausschuss") || key.ends_with("ausschusses"))
        {
            i
        } else if self.feat(i).adjective
            && !self.initial[i]
            && committee(self.key(i + 1))
            && self.same_sentence(i, i + 1)
        {
            i + 1
        } else {
            return None;
        };
        let mut end = head + 1;
        if matches!(self.key(end), "des" | "der") {
            let mut k = end + 1;
            if self.feat(k).adjective && self.toks.get(k).is_some_and(Token::is_capitalised) {
                k += 1;
            }
            let house = self.key(k);
            let house = house
                .strip_suffix("es")
                .or_else(|| house.strip_suffix('s'))
                .unwrap_or(house);
            if matches!(
                house,
                "landtag"
                    | "bundestag"
                    | "kreistag"
                    | "bezirkstag"
                    | "stadtrat"
                    | "gemeinderat"
                    | "bundesrat"
                    | "bürgerschaft"
                    | "europäischen parlament"
            ) || (house == "parlament" && k > end + 1)
            {
                end = k + 1;
                if let Some(p) = self.land_after(end) {
                    end = p;
                }
            } else if matches!(
                house,
                "aufsichtsrat"
                    | "verwaltungsrat"
                    | "vorstand"
                    | "präsidium"
                    | "kuratorium"
                    | "stiftungsrat"
                    | "beirat"
            ) {
                // a board's committee is no parliament's ("der
                // Prüfungsausschuss des Aufsichtsrats der Muster AG")
                return None;
            }
        }
        Some((head, end))
    }

    /// Whether "Amt" at `h` is an office, not a union of municipalities
    /// with its place. The union's name needs a cue: a genitive ("des Amtes
    /// Eiderstedt"), "vom"/"beim"/"zum", a hyphenated place ("Amt
    /// Anklam-Land"), or the opening of a sentence, line or credit ("Das
    /// Amt Eiderstedt baut", "Foto: Amt …"); not "bekommt das Amt
    /// Zugriff". And it is the office after a possessive or an adjective
    /// ("ihr Amt Anfang Mai", "das neue Amt", the portal "Mein Amt Wien"),
    /// before a word of time or a role ("das Amt Bürgermeister"), a plural
    /// or abstract noun ("das Amt Mindeststandards"), a month or weekday,
    /// or in "im Amt", "ins Amt", "kein Amt".
    fn office_not_place(&self, h: usize) -> bool {
        let before = h.checked_sub(1).map_or("", |p| self.key(p));
        // (a dateline's dash opens too: "Oberstdorf – Der Markt …")
        let opens = |k: usize| {
            self.initial[k]
                || self.line_break_before(k)
                || k.checked_sub(1)
                    .is_some_and(|p| matches!(self.toks[p].text, "–" | "-" | "—"))
        };
        // (a text whose Amt has its own officers: "Amtsdirektor Frank
        // Heinicke", "der Amtsausschuss"; its name a town the text puts
        // after "in" or "aus" too, not "dass das Amt Geld bereitstellt")
        let officers = || {
            matches!(self.key(h), "amt" | "amtes")
                && self.is_place_elsewhere(h + 1)
                && self.cap_words.iter().any(|&c| {
                    matches!(
                        self.key(c as usize),
                        "amtsdirektor"
                            | "amtsdirektorin"
                            | "amtsvorsteher"
                            | "amtsvorsteherin"
                            | "amtsausschuss"
                            | "amtsausschusses"
                    )
                })
        };
        let cue = (matches!(self.key(h), "amtes" | "marktes") && before == "des")
            || matches!(before, "vom" | "beim" | "zum" | ":")
            || self.tok(h + 1).is_some_and(|t| t.text.contains('-'))
            || opens(h)
            || (h > 0 && matches!(before, "das" | "dem" | "der" | "den") && opens(h - 1))
            || officers();
        !cue || !self.is_word(h + 1)
            || matches!(
            before,
            "sein"
                | "seines"
                | "seinem"
                | "ihr"
                | "ihres"
                | "ihrem"
                | "mein"
                | "unser"
                | "im"
                | "ins"
                | "kein"
        ) || self.is_role_word(h + 1)
            || (h > 0 && self.toks[h - 1].kind == TokenKind::Word && is_adjective(before))
            || matches!(
                self.key(h + 1),
                "anfang" | "ende" | "mitte" | "beginn" | "seit" | "jahr" | "jahre" | "jahren"
            )
            // (a plural or abstract noun is the office's object: "muss das
            // Amt Mindeststandards festlegen")
            || common_noun_shape(self.key(h + 1))
            || (self.key(h + 1).ends_with('s') && !self.key(h + 1).ends_with("ss"))
            || LEXICON.month(self.tok(h + 1).map_or("", |t| t.text)).is_some()
            || is_weekday(self.key(h + 1))
    }

    /// A place name after a head: one capitalised word, or "Bad X",
    /// "Frankfurt am Main", "St. Gallen".
    fn place(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        if !self.same_sentence(j, j.saturating_sub(1)) {
            return None;
        }
        // Abstract nouns and their plurals are no place names ("des
        // Landkreises Fortbildungen").
        let abstract_noun = |k: usize| {
            let key = self.key(k);
            [
                "ung",
                "ungen",
                "heit",
                "heiten",
                "keit",
                "keiten",
                "schaft",
                "schaften",
                "tion",
                "tionen",
                "tät",
                "täten",
                "ismus",
                "nahme",
                "nahmen",
                // plurals of bodies' heads: "informiert die Stadt
                // Pflegedienste, Kitas und Schulen"
                "dienste",
                "ämter",
                "verbände",
                "betriebe",
                "vereine",
                "behörden",
                "kliniken",
            ]
            .iter()
            .any(|s| key.ends_with(s))
        };
        let ok_word = |k: usize| {
            self.is_word(k)
                && self.toks[k].is_capitalised()
                && !self.is_function(k)
                && LEXICON.month(self.toks[k].text).is_none()
                && !abstract_noun(k)
                // nor a time ("hatte den Landkreis Anfang August …")
                && !matches!(
                    self.key(k),
                    "anfang" | "ende" | "mitte" | "beginn" | "frühjahr" | "herbst" | "jahresbeginn"
                        | "jahresende"
                )
        };
        // ("Klinikum Region Hannover": a body of a Region named so)
        if matches!(self.key(j), "st." | "sankt" | "bad" | "region")
            && ok_word(j + 1)
            && !self.line_break_before(j + 1)
        {
            // A parish by its church and town: "Kirchengemeinde St.
            // Petrus Bonn" (one more word that ends the name).
            // (a town the text names elsewhere too, not a noun after the
            // name: "St. Petrus Erntedank")
            let parish = j > 0
                && matches!(self.key(j), "st." | "sankt")
                && matches!(
                    self.key(j - 1),
                    "kirchengemeinde" | "pfarrgemeinde" | "pfarrei" | "kirchengemeinden"
                );
            let town_again = |k: usize| {
                let town = self.toks[k].text;
                !common_noun_shape(self.key(k))
                    && !self.feat(k).adjective
                    && self.cap_words.iter().any(|&c| {
                        let c = c as usize;
                        c != k && self.toks[c].text.starts_with(town)
                    })
            };
            if parish
                && ok_word(j + 2)
                && town_again(j + 2)
                && self.same_sentence(j, j + 2)
                && !self.line_break_before(j + 2)
                && !self
                    .tok(j + 3)
                    .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
            {
                return Some(j + 3);
            }
            return Some(j + 2);
        }
        if t.kind == TokenKind::Abbreviation && t.text.starts_with("St.") {
            return Some(j + 1);
        }
        let acronym = t.kind == TokenKind::Word
            && t.text.len() >= 2
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '-');
        if !ok_word(j) && !acronym {
            return None;
        }
        // A name in capitals of two words: "Fahrgastverband PRO BAHN"
        // (and its Land branch: "PRO BAHN NRW").
        if acronym
            && self.is_word(j + 1)
            && self.toks[j + 1].text.len() >= 3
            && self.toks[j + 1].text.chars().all(char::is_uppercase)
            && self.same_sentence(j, j + 1)
        {
            return Some(self.branch_region(j + 2).unwrap_or(j + 2));
        }
        // The country's adjective before a noun is no place:
        // "Zentralverband Deutsches Kraftfahrzeuggewerbe".
        if adjective_stem(self.key(j)).is_some_and(|s| s == "deutsch")
            && self
                .tok(j + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        {
            return None;
        }
        // A person's name is no place: "Richterin am Landgericht Svenja
        // Okonkwo-Bauer" (a known first name with a name word after it on
        // the same line: not "Landratsamt Cham / Cham, 26. September").
        if self
            .first_name_at(j)
            .is_some_and(|(ambiguous, _)| !ambiguous)
            && self.is_name_word(j + 1)
            && !self.line_break_before(j + 1)
        {
            return None;
        }
        // The next word must not continue a noun phrase ("Stadt Bürger …").
        let mut end = j + 1;
        // An academy's name before its town: "Technische Universität
        // Bergakademie Freiberg".
        if self.key(j).ends_with("akademie")
            && ok_word(end)
            && self.same_sentence(j, end)
            && !self.line_break_before(end)
            && !self
                .tok(end + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        {
            end += 1;
        }
        // A region named by a town's adjective: "Wasserverband Lingener
        // Land", "Oldenburger Land".
        if self.key(j).ends_with("er") && self.key(end) == "land" && self.is_word(end) {
            end += 1;
        }
        // A court's number after its seat: "Landgericht München I".
        if matches!(self.tok(end).map(|t| t.text), Some("I" | "II" | "III"))
            && !self
                .tok(end + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        {
            end += 1;
        }
        if matches!(self.key(end), "am" | "an" | "im" | "in" | "ob") && self.tok(end + 1).is_some()
        {
            let k = if matches!(self.key(end + 1), "der" | "dem") {
                end + 2
            } else {
                end + 1
            };
            // (a river, a region, or a lake: "Klagenfurt am Wörthersee",
            // "Prien am Chiemsee")
            if ok_word(k)
                && (matches!(
                    self.key(k),
                    "main"
                        | "oder"
                        | "rhein"
                        | "donau"
                        | "saale"
                        | "elbe"
                        | "lech"
                        | "inn"
                        | "breisgau"
                        | "oberpfalz"
                        | "allgäu"
                        | "taunus"
                        | "ruhr"
                        | "weser"
                        | "havel"
                        | "mosel"
                        | "neckar"
                        | "regen"
                        | "isar"
                        | "harz"
                        | "see"
                        | "ammersee"
                        | "chiemsee"
                        | "bodensee"
                        | "wald"
                        | "lahn"
                        | "ilm"
                        | "kocher"
                ) || (self.key(k).ends_with("see") && self.key(k).len() > 5))
            {
                end = k + 1;
            }
        }
        // Czech and Polish towns by their river: "Ústí nad Labem",
        // "Kostrzyn nad Odrą", "Frenštát pod Radhoštěm".
        if self
            .tok(end)
            .is_some_and(|t| matches!(t.text, "nad" | "pod"))
            && ok_word(end + 1)
            && self.same_sentence(end, end + 1)
            && !self.line_break_before(end + 1)
        {
            end += 2;
        }
        // Bavaria's official names abbreviate the river or region:
        // "Wunsiedel i. Fichtelgebirge", "Pfaffenhofen a. d. Ilm",
        // "Neumarkt i. d. OPf.".
        if matches!(self.key(end), "i." | "a.") {
            let k = if self.key(end + 1) == "d." {
                end + 2
            } else {
                end + 1
            };
            if ok_word(k) || self.key(k) == "opf." {
                end = k + 1;
            }
        }
        // "Lüneburg/Lüchow-Dannenberg/Uelzen": one body for several places.
        while self.key(end) == "/"
            && ok_word(end + 1)
            && self.first_name_at(end + 1).is_none()
            && self.toks[end].span.start == self.toks[end - 1].span.end
            && self.toks[end + 1].span.start == self.toks[end].span.end
        {
            end += 2;
        }
        if self.key(end) == "(" && self.is_word(end + 1) && self.key(end + 2) == ")" {
            // "Halle (Saale)".
            let inner = self.toks[end + 1].text;
            if inner.starts_with(char::is_uppercase) && !is_acronym_like(inner) {
                end += 3;
            }
        }
        Some(end)
    }

    /// A Land's name at `j`, capitalised, also in the genitive ("Bayerns")
    /// or two joined by a slash ("Hamburg / Schleswig-Holstein"), in the
    /// same sentence as the word before. Returns the end.
    fn land_after(&self, j: usize) -> Option<usize> {
        let is_land = |k: usize| {
            let key = self.key(k);
            self.is_word(k)
                && self.toks[k].is_capitalised()
                && (LAENDER.contains(&key)
                    || key.strip_suffix('s').is_some_and(|s| LAENDER.contains(&s))
                    // the Landesteile that public bodies serve ("Kassenärztliche
                    // Vereinigung Westfalen-Lippe", "Ärztekammer Nordrhein")
                    || matches!(key, "westfalen-lippe" | "nordrhein"))
        };
        if !is_land(j) || !self.same_sentence(j - 1, j) {
            return None;
        }
        let mut end = j + 1;
        if self.key(end) == "/" && is_land(end + 1) {
            end += 2;
        }
        Some(end)
    }

    /// One to three capitalised nouns from `j` (with "und" between any
    /// two), then a Land by name or short form ("NRW"), all in one
    /// sentence and line: returns the end of the Land. A Land's body names its
    /// fields so ("Landesbetrieb Wald und Holz NRW").
    fn fields_then_land(&self, j: usize) -> Option<usize> {
        let is_short_land = |k: usize| {
            self.is_word(k)
                && self.toks[k]
                    .text
                    .chars()
                    .all(|c| c.is_uppercase() || c == '-')
                && land_of_short(self.key(k)).is_some()
        };
        let field = |k: usize| {
            self.is_word(k)
                && self.toks[k].is_capitalised()
                && !self.is_function(k)
                // (a field in -wesen is shaped like an adjective:
                // "Eichwesen", "Vermessungswesen")
                && (!self.feat(k).adjective || self.key(k).ends_with("wesen"))
                && self.feat(k).first_name.is_none()
                && !matches!(self.key(k), "land" | "freistaat")
                && !self.line_break_before(k)
                && !is_short_land(k)
                && self.land_after(k).is_none()
                && self.same_sentence(j, k)
        };
        let mut k = j;
        let mut fields = 0;
        while fields < 3 {
            // (a truncated field before "und": "Landesbetrieb Mess- und
            // Eichwesen Niedersachsen")
            if self
                .tok(k)
                .is_some_and(|t| t.is_truncated() && t.is_capitalised())
                && matches!(self.key(k + 1), "und" | "oder")
                && field(k + 2)
            {
                k += 2;
            }
            if !field(k) {
                break;
            }
            fields += 1;
            k += 1;
            if self.key(k) == "und" && field(k + 1) {
                k += 1;
            }
        }
        if fields == 0 || !self.same_sentence(j, k) || self.line_break_before(k) {
            return None;
        }
        if is_short_land(k) {
            return Some(k + 1);
        }
        self.land_after(k)
    }

    /// The region of a branch after an acronym at `j`: a Land ("DGB Bayern",
    /// "GEW Hessen") or a listed region ("IHK Pfalz", "VdK Mittelfranken").
    /// Returns the end.
    fn branch_region(&self, j: usize) -> Option<usize> {
        let key = self.key(j);
        let region =
            LAENDER.contains(&key) || REGIONS.contains(&key) || land_of_short(key).is_some();
        // (a branch of two Länder: "IG Metall Niedersachsen und
        // Sachsen-Anhalt"; for a name of words, not an acronym's, whose
        // branches go in pairs: "der DGB Bayern und Hessen fordern"; and
        // not before a verb in the plural)
        let plural_after = || {
            self.tok(j + 3).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.is_capitalised() && t.text.ends_with("en")
            })
        };
        let end = if LAENDER.contains(&key)
            && j >= 2
            && !is_acronym_like(self.toks[j - 1].text)
            && self.key(j + 1) == "und"
            && LAENDER.contains(&self.key(j + 2))
            && !plural_after()
        {
            j + 3
        } else {
            j + 1
        };
        let closed = self
            .tok(end)
            .is_none_or(|t| !(t.kind == TokenKind::Word && t.is_capitalised()));
        (region && closed && self.same_sentence(j - 1, j)).then_some(end)
    }

    /// Whether a line break stands between tokens `k - 1` and `k` (or `k`
    /// is past the end).
    fn line_break_before(&self, k: usize) -> bool {
        match (k.checked_sub(1).and_then(|p| self.tok(p)), self.tok(k)) {
            (Some(a), Some(b)) => self
                .text
                .get(a.span.end..b.span.start)
                .is_none_or(|gap| gap.contains('\n')),
            _ => true,
        }
    }

    /// Where the person a role names may start, the role ending before
    /// `end`: right after it on its line, or after a colon on that line
    /// ("Pressesprecher: Niklas Hoffmeister"); `None` when the role ends
    /// its line ("…, Pressesprecher" / "Rückfragen bitte an:").
    ///
    /// A field after the role ("Bereichsleiter Forsten, Bernhard
    /// Wunschel", "Vorstand Finanzen Max Müller"): a common noun that is
    /// no name, with a first name and a name word after it (over a
    /// comma) on the line, puts the slot at that first name.
    fn person_slot(&self, end: usize) -> Option<usize> {
        if self.line_break_before(end) {
            None
        } else if self.key(end) == ":" && !self.line_break_before(end + 1) {
            Some(end + 1)
        } else if let Some(name) = self.name_after_field(end) {
            Some(name)
        } else {
            Some(end)
        }
    }

    /// Where the name after a role's field at `k` starts (see
    /// [`Walk::person_slot`]).
    fn name_after_field(&self, k: usize) -> Option<usize> {
        let f = self.feat(k);
        if !f.cap || f.first_name.is_some() || f.known_surname || !self.is_word(k) {
            return None;
        }
        let key = self.key(k);
        let field = common_noun_shape(key)
            || key.ends_with("en")
            || matches!(
                key,
                "personal" | "vertrieb" | "einkauf" | "recht" | "marketing"
            );
        if !field || f.role_start || f.heads.spec.is_some() || f.heads.place.is_some() {
            return None;
        }
        let comma = self.key(k + 1) == ",";
        let name = if comma { k + 2 } else { k + 1 };
        if !(self
            .first_name_at(name)
            .is_some_and(|(ambiguous, _)| !ambiguous)
            && self.is_name_word(name + 1)
            && (k + 1..=name + 1).all(|j| !self.line_break_before(j)))
        {
            return None;
        }
        // Over a comma the name is an apposition that a second comma
        // closes, and no list goes on after it ("Landrat Wirtgen, Anna
        // Schmidt vom Heimatverein und …" names two people).
        if comma {
            let mut end = name + 2;
            while end < name + 5 && self.is_name_word(end) && !self.line_break_before(end) {
                end += 1;
            }
            let listed_on = self.tok(end + 1).is_some_and(|t| {
                t.is_capitalised()
                    && (self.feat(end + 1).first_name.is_some() || self.feat(end + 1).role_start)
            });
            if self.key(end) != "," || listed_on {
                return None;
            }
        }
        Some(name)
    }

    /// A Land's government or its office after the Land's adjective in
    /// lowercase: "die rheinland-pfälzische Landesregierung" →
    /// "Landesregierung Rheinland-Pfalz", "die bayerische Staatsregierung"
    /// → "Bayerische Staatsregierung" (`i` is the head).
    fn land_government(&self, i: usize) -> Option<OrgHit> {
        let key = self.key(i);
        let kind = match key {
            "landesregierung" | "staatsregierung" => OrgKind::Government,
            "staatskanzlei" => OrgKind::Government,
            _ => return None,
        };
        let p = i.checked_sub(1)?;
        let adj = self.tok(p)?;
        if adj.is_capitalised() || !self.same_sentence(p, i) {
            return None;
        }
        let stem = adjective_stem(self.key(p))?;
        let land = land_of_stem(stem)?;
        let form = if key == "landesregierung" {
            format!("Landesregierung {land}")
        } else {
            let mut c = stem.chars();
            let first = c.next()?;
            format!(
                "{}{}e {}",
                first.to_uppercase(),
                c.as_str(),
                self.toks[i].text
            )
        };
        Some(OrgHit {
            start: p,
            end: i + 1,
            entry: None,
            kind,
            keys: vec![loose_join(&form)],
            form,
            descriptor: None,
            part: None,
        })
    }

    /// A party's group in a parliament: "SPD-Fraktion", "CDU-Landtagsfraktion",
    /// "Freie-Wähler-Fraktion", "Linksfraktion", with the parliament when
    /// it follows ("SPD-Fraktion im Hessischen Landtag"). Returns the end.
    fn party_group(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        let key = self.key(i);
        if !matches!(key, "linksfraktion" | "unionsfraktion") {
            let (prefix, _) = t.text.rsplit_once('-')?;
            let party = prefix_hit(self, i, prefix).and_then(|o| o.entry)?;
            if self.lex.orgs[party as usize].kind != OrgKind::Party {
                return None;
            }
        }
        let end = self.house_after(i + 1);
        if end == i + 1 && self.local_group_region(i) {
            return Some(i + 2);
        }
        Some(end)
    }

    /// Whether a local party group's name at `i` goes on with its
    /// district or town ("CDU-Kreistagsfraktion Rhein-Sieg",
    /// "SPD-Ratsfraktion Köln"): a capitalised word on the same line that
    /// ends the phrase and is a hyphenated name or starts another word of
    /// the text ("Rhein-Sieg-Kreis", "Stadt Köln").
    fn local_group_region(&self, i: usize) -> bool {
        let local = [
            "kreistagsfraktion",
            "ratsfraktion",
            "kreisfraktion",
            "regionsfraktion",
        ]
        .iter()
        .any(|h| self.key(i).ends_with(h))
            || self.key(i).ends_with("stadtverordnetenfraktion");
        let k = i + 1;
        let Some(t) = self
            .tok(k)
            .filter(|t| t.kind == TokenKind::Word && t.is_capitalised())
        else {
            return false;
        };
        if !local
            || self.line_break_before(k)
            || self.is_function(k)
            || self.is_role_word(k)
            || self.first_name_at(k).is_some()
        {
            return false;
        }
        let ends = self.line_break_before(k + 1) || self.ends_brand(k + 1, false);
        // (the text names the place elsewhere: in a compound, "Rhein-Sieg-Kreis",
        // or after a place's word, "in Köln", "der Stadt Köln"; not an object
        // the text repeats: "hat die CDU-Kreistagsfraktion Anträge gestellt.
        // Die Anträge …")
        let elsewhere = || {
            self.cap_words.iter().any(|&c| {
                let c = c as usize;
                let other = self.toks[c].text;
                let Some(rest) = other.strip_prefix(t.text) else {
                    return false;
                };
                c != k
                    && (matches!(rest, "s" | "er" | "ers")
                        || rest.starts_with('-')
                        || rest.starts_with("kreis")
                        || (rest.is_empty()
                            && c.checked_sub(1).is_some_and(|p| {
                                matches!(
                                    self.key(p),
                                    "in" | "aus"
                                        | "nach"
                                        | "für"
                                        | "von"
                                        | "bei"
                                        | "stadt"
                                        | "kreis"
                                        | "landkreis"
                                        | "gemeinde"
                                        | "region"
                                        | "kreisstadt"
                                        | "stadtverwaltung"
                                        | "landratsamt"
                                )
                            })))
            })
        };
        // (or the group opens its sentence or line with the name before
        // its verb: "Die CDU-Kreistagsfraktion Rhein-Sieg hat …", not "hat
        // die Grünen-Ratsfraktion Kita-Plätze gefordert")
        let opens = (self.initial[i]
            || self.line_break_before(i)
            || (i > 0 && self.initial[i - 1] && matches!(self.key(i - 1), "die" | "der")))
            && t.text.contains('-')
            && t.text
                .split('-')
                .all(|p| p.chars().next().is_some_and(char::is_uppercase))
            && self
                .tok(k + 1)
                .is_none_or(|n| n.kind != TokenKind::Word || !n.is_capitalised());
        // (or the name is a line of its own: a letterhead or contact block)
        let own_line = self.line_break_before(i) && self.line_break_before(k + 1);
        ends && (opens || own_line || elsewhere())
    }

    /// The end of a party group's name that goes on with its house at
    /// `end` ("… im Landtag Brandenburg", "… im Rat der Stadt Münster"), or
    /// `end`.
    fn house_after(&self, end: usize) -> usize {
        // ("im Landtag", "in der Bremischen Bürgerschaft")
        let mut k = match (self.key(end), self.key(end + 1)) {
            ("im", _) => end + 1,
            ("in", "der") => end + 2,
            _ => return end,
        };
        let from = k;
        while k < from + 2 && self.is_word(k) && self.feat(k).adjective {
            k += 1;
        }
        let house = if self.key(end) == "im" {
            matches!(
                self.key(k),
                "landtag"
                    | "bundestag"
                    | "abgeordnetenhaus"
                    | "kreistag"
                    | "stadtrat"
                    | "gemeinderat"
                    | "rat"
                    | "europaparlament"
            )
        } else {
            self.key(k) == "bürgerschaft"
        };
        if !house {
            return end;
        }
        // ("… im Stadtrat Chemnitz": a town's council with its town)
        let town = || {
            matches!(self.key(k), "stadtrat" | "gemeinderat" | "kreistag")
                .then(|| self.place(k + 1))
                .flatten()
        };
        match self
            .land_after(k + 1)
            .or_else(|| self.genitive(k + 1))
            .or_else(town)
        {
            Some(e) => e,
            None if self.key(k) == "rat" => end,
            None => k + 1,
        }
    }

    /// A name of one to four capitalised words after a head, ended by
    /// something that is not a capitalised word: the end of the name.
    fn name_continuation(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < self.toks.len() && k < j + 4 {
            let t = &self.toks[k];
            let ok = t.kind == TokenKind::Word
                && t.is_capitalised()
                && !self.is_function(k)
                && !self.is_role_word(k)
                && self.same_sentence(j, k)
                && !(self.first_name_at(k).is_some_and(|(a, _)| !a) && self.is_name_word(k + 1));
            if !ok {
                break;
            }
            k += 1;
        }
        // The next word must not go on capitalised (then it was no name).
        let closed = self
            .tok(k)
            .is_none_or(|t| t.kind != TokenKind::Word || !t.is_capitalised());
        (k > j && closed).then_some(k)
    }

    /// A specification after a head: "für Digitale Souveränität des Bundes",
    /// "des Innern", "für Arbeit und Soziales", "für Sicherheit in der
    /// Informationstechnik". Returns the end of the last noun.
    fn specification(&self, j: usize) -> Option<usize> {
        // (nor one that starts a sentence or a line: "Main-Kinzig-Kreis /
        // Der Kreisausschuss"; a name in capitals keeps its "FÜR")
        if !matches!(self.key(j), "für" | "des" | "der" | "zur" | "zum" | "von")
            || (self.toks[j].is_capitalised()
                && (self.initial[j]
                    || self.line_break_before(j)
                    || matches!(self.toks[j].text, "Der" | "Des")))
        {
            return None;
        }
        // "zur"/"zum" name a purpose ("Stiftung zur Förderung …", "Verein
        // zum Schutz …"), not a phrase of the verb ("steht der Stiftung zur
        // Verfügung", "des Bundeskartellamtes zum Download bereit")
        let purpose = |k: usize| {
            let noun = self.key(k + 1);
            (noun.ends_with("ung") || matches!(noun, "schutz" | "erhalt"))
                && !matches!(
                    noun,
                    "verfügung"
                        | "abstimmung"
                        | "anwendung"
                        | "entscheidung"
                        | "begrüßung"
                        | "eröffnung"
                        | "erinnerung"
                        | "genehmigung"
                        | "zahlung"
                        | "sitzung"
                        | "vorbereitung"
                        | "wirkung"
                )
        };
        if matches!(self.key(j), "zur" | "zum") && !purpose(j) {
            return None;
        }
        let limit = (j + MAX_ORG_TOKENS).min(self.toks.len());
        let mut end = None;
        let mut k = j;
        let mut last_comma: Option<usize> = None;
        let mut comma_closed = true;
        while k < limit {
            let t = &self.toks[k];
            let key = self.key(k);
            if k > j && !self.same_sentence(k, j) {
                break;
            }
            match key {
                // (inside the name too: "… für Arbeit | zur Verfügung")
                "zur" | "zum" if k > j && !purpose(k) => break,
                "für" | "des" | "der" | "zur" | "zum" | "in" | "im" | "von" | "und" | "sowie"
                | "&" | "die" | "den" | "dem" | "das" => {
                    // A bare head in the genitive names no body of its own
                    // and refers back: "Institut für … | der Universität",
                    // "Statistisches Landesamt | des Landes", "ein
                    // Zweckverband | der Hansestadt" ("des Bundes" is part
                    // of names: "Zentrum für … des Bundes").
                    if matches!(key, "des" | "der")
                        && self.key(k + 1) != "bundes"
                        && self.tok(k + 1).is_some_and(Token::is_capitalised)
                        && head_kind(nominative_head(self.key(k + 1)), HeadList::Place, true)
                            .is_some()
                        && self.place(k + 2).is_none()
                        && !(self.key(k + 2) == "zu" && self.place(k + 3).is_some())
                        && self.org_gazetteer(k + 1).is_none()
                        && !self.tok(k + 2).is_some_and(|n| {
                            n.kind == TokenKind::Word
                                && n.is_capitalised()
                                && !self.is_function(k + 2)
                        })
                    {
                        break;
                    }
                    // A genitive that names another body ends the name:
                    // "Ausschuss für … | des Landtags Nordrhein-Westfalen".
                    if matches!(key, "des" | "der")
                        && end.is_some()
                        // "des Landes NRW", "des Bundes", "der Stadt Köln" are
                        // part of a name.
                        && !matches!(
                            self.key(k + 1),
                            "bundes" | "landes" | "freistaates" | "freistaats" | "stadt" | "kantons"
                        )
                        && (self.org_gazetteer(k + 1).is_some_and(|(e, _)| e > k + 2)
                            || head_kind(nominative_head(self.key(k + 1)), HeadList::Place, true)
                                .is_some_and(|_| {
                                    // ("der Universität zu Lübeck")
                                    self.place(k + 2).is_some()
                                        || (self.key(k + 2) == "zu"
                                            && self.place(k + 3).is_some())
                                }))
                    {
                        break;
                    }
                    // An acronym in the genitive names another body: "Institut
                    // für Mobile Systeme | der OVGU".
                    if matches!(key, "des" | "der")
                        && end.is_some()
                        && self.tok(k + 1).is_some_and(|n| {
                            n.kind == TokenKind::Word
                                && (2..=6).contains(&n.text.chars().count())
                                && n.text.chars().all(char::is_uppercase)
                        })
                    {
                        break;
                    }
                    // A committee's parliament is a body of its own:
                    // "Ausschuss für … | im Landtag Nordrhein-Westfalen",
                    // "… | des Kreistages".
                    if matches!(key, "des" | "der" | "im")
                        && end.is_some()
                        && matches!(
                            nominative_head(self.key(k + 1)),
                            "landtag"
                                | "kreistag"
                                | "bundestag"
                                | "bürgerschaft"
                                | "stadtrat"
                                | "gemeinderat"
                        )
                    {
                        break;
                    }
                    // "in der Informationstechnik" goes on; "in Braunschweig"
                    // after a name says where the body sits ("Thünen-Institut
                    // für Agrarklimaschutz in Braunschweig"), unless it is the
                    // country ("Evangelische Kirche in Deutschland").
                    // Nor does "in ländlichen Räumen" (an adjective: no place).
                    if key == "in"
                        && end.is_some()
                        && !matches!(self.key(k + 1), "der" | "dem" | "den" | "deutschland")
                        && !(self.tok(k + 1).is_some_and(|n| !n.is_capitalised())
                            && is_adjective(self.key(k + 1)))
                    {
                        break;
                    }
                    if matches!(key, "die" | "den" | "dem" | "das")
                        && !matches!(self.key(k.saturating_sub(1)), "für" | "in" | "von")
                    {
                        break;
                    }
                    if matches!(key, "und" | "sowie") {
                        // "… Landesregierung | und von der Wildbach- und
                        // Lawinenverbauung": a preposition after "und"
                        // starts a phrase of its own.
                        if end.is_some()
                            && matches!(
                                self.key(k + 1),
                                "von"
                                    | "vom"
                                    | "bei"
                                    | "beim"
                                    | "mit"
                                    | "im"
                                    | "am"
                                    | "aus"
                                    | "auf"
                            )
                        {
                            break;
                        }
                        // A genitive after "und" goes on only where one
                        // stood before it ("Akademie der Wissenschaften und
                        // der Literatur", "Geschichte der Medizin und des
                        // Krankenhauswesens"); else, or when a body follows
                        // the article, it starts a phrase of its own
                        // ("Ministerium für … Arbeit | und der Europäische
                        // Sozialfonds", "Ministerium der Finanzen | und der
                        // Landesrechnungshof").
                        // (after "der" only a feminine or plural noun is a
                        // genitive: "der Literatur", "der politischen
                        // Parteien", not "der Landkreistag", "der Zoll")
                        let noun = (k + 2..(k + 5).min(self.toks.len())).find(|&m| {
                            !(is_adjective(self.key(m))
                                && self.tok(m + 1).is_some_and(|n| {
                                    n.kind == TokenKind::Word && n.is_capitalised()
                                }))
                        });
                        let genitive_noun = noun.is_some_and(|m| {
                            let key = self.key(m);
                            self.toks[m].is_capitalised()
                                && [
                                    "ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ie",
                                    "ur", "ei", "in", "en", "e", "er",
                                ]
                                .iter()
                                .any(|s| key.ends_with(s))
                        });
                        if end.is_some()
                            && matches!(self.key(k + 1), "der" | "des")
                            && (!(j..k).any(|m| matches!(self.key(m), "der" | "des"))
                                || (self.key(k + 1) == "der" && !genitive_noun)
                                || self.org_gazetteer(k + 2).is_some()
                                || noun.is_some_and(|m| {
                                    let f = self.feat(m);
                                    f.heads.place.is_some() || f.named_head
                                }))
                        {
                            break;
                        }
                        comma_closed = true;
                    }
                }
                "," => {
                    // A list after a comma belongs to a portfolio ("für
                    // Arbeit, Soziales und Integration", "des Innern, für
                    // Digitalisierung und Kommunen"), not to a genitive: a
                    // department follows it ("Universität des Saarlandes,
                    // Presse und Kommunikation").
                    if self.key(k + 1) != "für" && !(j..k).any(|m| self.key(m) == "für") {
                        break;
                    }
                    last_comma = Some(k);
                    comma_closed = false;
                }
                _ if t.kind == TokenKind::Word && t.is_capitalised() && !self.is_function(k) => {
                    if self.is_role_word(k) {
                        break;
                    }
                    // After a comma a department of government names the
                    // body the first is part of, not a field of its remit:
                    // "Amt für Mobilität, | Bau- und Verkehrsdepartement
                    // des Kantons Basel-Stadt".
                    if last_comma.is_some() && {
                        let n = nominative_head(key);
                        ["departement", "ministerium", "direktion", "behörde"]
                            .iter()
                            .any(|h| n.ends_with(h))
                    } {
                        break;
                    }
                    if self.first_name_at(k).is_some_and(|(amb, _)| !amb)
                        && self.is_name_word(k + 1)
                    {
                        break;
                    }
                    if comma_closed || last_comma.is_none() {
                        end = Some(k + 1);
                    }
                }
                _ if t.is_truncated() => {}
                // a place that starts with an abbreviation: "des Kantons
                // St. Gallen"
                // (any other abbreviation ends the name, as below)
                _ if t.kind == TokenKind::Abbreviation => match self.place(k) {
                    Some(e) if k > j && (comma_closed || last_comma.is_none()) => {
                        end = Some(e);
                        k = e;
                        continue;
                    }
                    _ => break,
                },
                _ if t.kind == TokenKind::Word
                    && is_adjective(key)
                    && !self.is_function(k)
                    && self.tok(k + 1).is_some_and(|n| {
                        n.is_capitalised()
                            || (is_adjective(self.key(k + 1)) && !self.is_function(k + 1))
                    }) => {}
                _ => break,
            }
            k += 1;
        }
        if !comma_closed && let Some(c) = last_comma {
            end = end.filter(|&e| e <= c);
        }
        end.filter(|&e| e > j + 1)
    }

    /// "des Bundes", "des Landes Brandenburg", "der Stadt Köln" after a name.
    fn genitive(&self, j: usize) -> Option<usize> {
        if !matches!(self.key(j), "des" | "der") {
            return None;
        }
        match self.key(j + 1) {
            "bundes" => Some(j + 2),
            "landes" | "freistaates" | "freistaats" | "kantons" | "stadt" | "landkreises"
            | "kreises" => self.place(j + 2).or(Some(j + 2)),
            _ => None,
        }
    }

    /// A brand name after a descriptor: the gazetteer's, two or three
    /// name words ([`Walk::brand_words`]), or a word that looks like a
    /// name (inner capitals, digits, an acronym, or a capitalised word
    /// that no noun phrase continues).
    fn brand(&self, j: usize) -> Option<usize> {
        if let Some((end, _)) = self.org_gazetteer(j) {
            return Some(end);
        }
        if let Some(end) = self.brand_words(j) {
            return Some(end);
        }
        let t = self.tok(j)?;
        if t.kind != TokenKind::Word || self.is_function(j) || !self.same_sentence(j, j - 1) {
            return None;
        }
        let w = t.text;
        let named = is_camel(w)
            || is_acronym_like(w)
            || (w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic));
        let plain = t.is_capitalised()
            && self.first_name_at(j).is_none()
            && self.role_at(j).is_none()
            && self.ends_brand(j + 1, false);
        (named || plain).then_some(j + 1)
    }

    /// Whether token `k` (or the end of the text) ends a brand before it:
    /// punctuation, a closing quote or bracket, a dash, a lowercase word,
    /// and with `bracket` an opening bracket ("Air Berlin (AB)"). A
    /// capitalised word would make the brand the start of a noun phrase.
    fn ends_brand(&self, k: usize, bracket: bool) -> bool {
        self.tok(k).is_none_or(|n| match n.kind {
            TokenKind::Punct
            | TokenKind::CloseQuote
            | TokenKind::CloseBracket
            | TokenKind::Dash => true,
            TokenKind::OpenBracket => bracket,
            TokenKind::Word => !n.is_capitalised(),
            _ => false,
        })
    }

    /// Two or three words of a name after a descriptor ("Fluggesellschaft
    /// Air Berlin", "Unternehmen CGX Energy", "Anwaltskanzlei Waldorf
    /// Frommer"): each a name word, an acronym or a brand with inner
    /// capitals, no role, in one sentence, and then what ends a brand
    /// ([`Walk::ends_brand`], a bracket too). A descriptor names the words
    /// an organisation, even when they look like a person's name.
    fn brand_words(&self, j: usize) -> Option<usize> {
        let word = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.is_capitalised()
                    && (self.is_name_word(k) || is_acronym_like(t.text) || is_camel(t.text))
                    && self.same_sentence(k, j)
                    && !self.feat(k).role_start
            })
        };
        let mut end = j;
        while end < j + 3 && word(end) {
            end += 1;
        }
        (end >= j + 2 && self.ends_brand(end, true) && self.same_sentence(j, j - 1)).then_some(end)
    }

    /// Whether token `k` is a capitalised confession ("Evangelische",
    /// "Katholischen", "Evangelisch-Lutherische").
    fn is_confession(&self, k: usize) -> bool {
        let key = self.key(k);
        self.tok(k).is_some_and(Token::is_capitalised)
            && (key.starts_with("evangelisch")
                || key.starts_with("katholisch")
                || key.starts_with("römisch-katholisch")
                || key.starts_with("altkatholisch")
                || key.starts_with("lutherisch"))
    }

    /// Whether token `i` is part of a saint's name: a saint's prefix
    /// stands right before it ("St.", "Sankt", "San", also "St ." as some
    /// sources space it), or before the name it is joined to ("Sankt Peter
    /// und Paul").
    fn after_saint(&self, i: usize) -> bool {
        let prefix_before = |i: usize| {
            i.checked_sub(1).is_some_and(|p| {
                is_saint_prefix(self.key(p))
                    || (self.key(p) == "." && p > 0 && is_saint_prefix(self.key(p - 1)))
            })
        };
        // "Sankt Peter und Paul", not "St. Gallen und Peter Müller": one
        // name after "und" that no capitalised word continues.
        let joined = i >= 2
            && self.key(i - 1) == "und"
            && prefix_before(i - 2)
            && self
                .tok(i + 1)
                .is_none_or(|n| !(n.kind == TokenKind::Word && n.is_capitalised()));
        prefix_before(i) || joined
    }

    /// What token `k` after a name makes of it ([`NAMED_AFTER`]): an
    /// organisation of a kind, a place or work (`Some(None)`), or nothing
    /// (`None`: the name is a person's).
    fn named_after(&self, k: usize) -> Option<Option<OrgKind>> {
        let t = self.tok(k)?;
        if k == 0 {
            return None;
        }
        // On the same line, and not the head of a name of its own
        // ("Prof. Miriam Seidel\nZentrum für Verwaltungsinformatik").
        if t.kind != TokenKind::Word
            || !t.is_capitalised()
            || self.line_break_before(k)
            || matches!(self.key(k + 1), "für" | "der" | "des" | "von")
            // "Stiftung Warentest", "Museum Ludwig": the noun heads a
            // name of its own.
            || self.tok(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && n.is_capitalised() && !self.is_function(k + 1)
            })
        {
            return None;
        }
        let key = self.key(k);
        NAMED_AFTER
            .iter()
            .find(|(noun, _)| key == *noun)
            .map(|&(_, kind)| kind)
    }

    /// Honorifics and titles from `i`: the first token after them.
    fn titles(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.toks.len() && j < i + 6 {
            let key = self.key(j);
            let is_title = TITLES.contains(&key)
                || capital_title(self.toks[j].text)
                || (self.toks[j].kind == TokenKind::Abbreviation
                    && (key.starts_with("dr.")
                        || key.starts_with("prof.")
                        || key.starts_with("dipl.")));
            // "Dr Müller", "Prof Schmidt", and "Dr . Meier" as some
            // sources space it: a title without its period.
            let bare = matches!(key, "dr" | "prof")
                && self.toks[j].kind == TokenKind::Word
                && self.toks[j].is_capitalised();
            if !is_title && !bare {
                break;
            }
            j += 1;
            if bare && self.tok(j).is_some_and(|t| t.text == ".") {
                j += 1;
            }
        }
        j
    }

    /// A person's name starting at `i`, with the evidence that introduced
    /// it: `after_cue` when a role, title, honorific or speech verb stands
    /// right before.
    fn person_at(&self, i: usize, after: Cue) -> Option<PersonHit> {
        let mut hit = self.person_at_any_line(i, after)?;
        // A name stays on its line: a contact block's next line holds the
        // role ("Steffen Lorenz-Yilmaz / Pressesprecher").
        if let Some(cut) = (hit.name_start + 1..hit.end).find(|&k| self.line_break_before(k)) {
            hit.end = cut;
        }
        // A name before "&" or "+" names a firm ("Herzog & de Meuron",
        // "Müller + Partner").
        if self.joins_firm(hit.end) {
            return None;
        }
        // A name that fills a quotation names a thing: a ship, a prize, a
        // work („Elisabeth Mann Borgese“, „Käthe Kollwitz“).
        if hit.start > 0 && self.toks[hit.start - 1].kind == TokenKind::OpenQuote {
            let close = (hit.end..(hit.end + 3).min(self.toks.len()))
                .find(|&k| self.toks[k].kind != TokenKind::Word || !self.toks[k].is_capitalised());
            if close.is_some_and(|k| self.toks[k].kind == TokenKind::CloseQuote) {
                return None;
            }
        }
        Some(hit)
    }

    /// [`Walk::person_at`] before its cut at the end of the line.
    fn person_at_any_line(&self, i: usize, after: Cue) -> Option<PersonHit> {
        let t = self.tok(i)?;
        if !t.is_capitalised() || !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
            return None;
        }
        let key = self.key(i);
        let honorific = HONORIFICS.contains(&key)
            && t.is_capitalised()
            && (!matches!(key, "mrs" | "mr") || matches!(t.text, "Mrs" | "Mr"));
        // "Mrs . Finch" as some sources space it.
        let after_honorific =
            if matches!(key, "mrs" | "mr") && self.tok(i + 1).is_some_and(|t| t.text == ".") {
                i + 2
            } else {
                i + 1
            };
        let name_start = self.titles(if honorific { after_honorific } else { i });
        let titled = name_start > i;
        let cue = after != Cue::None || titled;
        // "A. Wiegemann", "H. G. Wells": initials and a surname that no
        // capitalised word continues.
        if self.tok(name_start).is_some_and(|t| is_initial(t.text)) {
            let mut k = name_start;
            while k < name_start + 3 && self.tok(k).is_some_and(|t| is_initial(t.text)) {
                k += 1;
            }
            // Not an enumeration ("A. Tatbestand", "I. Streitig") nor the
            // second half of "z. B.", "u. U.".
            let before_ok = !self.initial[name_start]
                && !matches!(self.toks[name_start].text, "I." | "V." | "X.")
                && name_start.checked_sub(1).is_some_and(|p| {
                    let t = &self.toks[p];
                    titled
                        || honorific
                        || !matches!(
                            t.kind,
                            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number
                        )
                        || (t.kind == TokenKind::Word && !t.is_capitalised())
                });
            let closed = self
                .tok(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || !t.is_capitalised());
            if before_ok
                && k < self.toks.len()
                && !common_noun_shape(self.key(k))
                && self.is_surname(k)
                && !self.is_role_word(k)
                && self.first_name_at(k).is_none()
                && closed
                && self.same_sentence(name_start, k)
            {
                return Some(PersonHit {
                    start: i,
                    end: k + 1,
                    name_start,
                    sex: b'u',
                });
            }
            return None;
        }
        // A saint's name names a place or a church ("San Remo", "St.
        // Johann Baptist", "Sankt Peter und Paul").
        // A Land's name alone is no person ("Chef der Staatskanzlei
        // Brandenburg, Marek Jabłoński").
        if !self.is_name_word(name_start)
            || is_saint_prefix(self.key(name_start))
            || (!cue && self.after_saint(name_start))
            // (right after the prefix even with a cue: "die Kirchengemeinde
            // St. Petrus Bonn sagte")
            || name_start.checked_sub(1).is_some_and(|p| is_saint_prefix(self.key(p)))
            || (LAENDER.contains(&self.key(name_start)) && !self.is_name_word(name_start + 1))
        {
            return None;
        }
        // First names, then particles and the surname.
        let mut j = name_start;
        let mut sex = b'u';
        let mut firsts = 0;
        while j < self.toks.len() && j < name_start + 3 {
            match self.first_name_at(j) {
                Some((ambiguous, s))
                    if self.is_name_word(j) && (!ambiguous || cue || firsts > 0) =>
                {
                    if firsts == 0 {
                        sex = s;
                    }
                    firsts += 1;
                    j += 1;
                }
                _ => break,
            }
        }
        if firsts > 0 {
            // "Charles III.", "Papst Leo XIV.": a ruler's ordinal.
            if self.tok(j).is_some_and(|t| is_regnal(t.text))
                && self.tok(j + 1).is_some_and(|t| t.text == ".")
            {
                return Some(PersonHit {
                    start: i,
                    end: j + 2,
                    name_start,
                    sex,
                });
            }
            // "Alexander Graf Lambsdorff", "Karl-Theodor Freiherr zu
            // Guttenberg": a title of nobility between first name and
            // surname ("Alexander Graf sagte" has the surname Graf, and
            // "Michael Graf von den Stadtwerken" too).
            if self.tok(j).is_some_and(|t| t.is_capitalised())
                && NOBILITY.contains(&self.key(j))
                && ((matches!(self.key(j + 1), "von" | "zu" | "vom")
                    && self.is_surname(j + 2)
                    && self.first_name_at(j + 2).is_none())
                    || (self.is_surname(j + 1)
                        && !self.is_role_word(j + 1)
                        && self.first_name_at(j + 1).is_none()))
            {
                j += 1;
            }
            // The surname: at most one capitalised word after particles.
            let mut k = j;
            while k < self.toks.len()
                && k < j + 3
                && matches!(
                    self.key(k),
                    "von"
                        | "van"
                        | "de"
                        | "der"
                        | "zu"
                        | "vom"
                        | "zum"
                        | "di"
                        | "da"
                        | "del"
                        | "le"
                        | "la"
                        | "ten"
                        | "ter"
                        | "den"
                        | "du"
                        | "al"
                        | "el"
                        | "bin"
                        | "ben"
                        | "mac"
                        | "della"
                        | "dos"
                )
                && self.toks[k].kind == TokenKind::Word
            {
                k += 1;
            }
            // "Ali al-Nuaimi", "Mohammed el-Baradei": an Arabic article
            // joined to the surname by a hyphen, written lowercase.
            if k == j && self.tok(j).is_some_and(|t| arabic_article_surname(t.text)) {
                return Some(PersonHit {
                    start: i,
                    end: j + 1,
                    name_start,
                    sex,
                });
            }
            // "George W. Bush": middle initials.
            if k == j {
                while k < j + 2 && self.tok(k).is_some_and(|t| is_initial(t.text)) {
                    k += 1;
                }
                // "Nico G.", "Claudia B.": a first name and the initial of a
                // surname withheld, as police reports and interviews write;
                // nothing capitalised may follow ("Peter K. Meier" is above).
                if k == j + 1
                    && !self.is_surname(k)
                    && self.tok(k).is_none_or(|t| {
                        !(matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                            && t.is_capitalised())
                    })
                {
                    return Some(PersonHit {
                        start: i,
                        end: k,
                        name_start,
                        sex,
                    });
                }
                if k > j && !self.is_surname(k) {
                    k = j;
                }
            }
            // "Ida vom Bankdirektor": no role word after a particle.
            if self.is_surname(k) && (k == j || (k - j <= 2 && !self.is_role_word(k))) {
                let mut end = k + 1;
                // "Collor de Mello", "Müller von Blumencron", "Silves de la
                // Selva": a particle and a second capitalised part.
                let second =
                    if self.key(end) == "de" && matches!(self.key(end + 1), "la" | "las" | "los") {
                        end + 2
                    } else {
                        end + 1
                    };
                if matches!(
                    self.key(end),
                    "de" | "da" | "von" | "van" | "y" | "dos" | "del"
                ) && self.is_surname(second)
                    && self.first_name_at(second).is_none_or(|(a, _)| a)
                    // "Olaf Kramm von Fanuc Deutschland": a firm, not a name.
                    && self.tok(second + 1).is_none_or(|t| {
                        !(matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                            && t.is_capitalised())
                    })
                {
                    end = second + 1;
                }
                return Some(PersonHit {
                    start: i,
                    end,
                    name_start,
                    sex,
                });
            }
            // Two first names without surname ("Anna Maria") or the last
            // "first name" is the surname ("Thomas Peter").
            if firsts >= 2 && j == k {
                return Some(PersonHit {
                    start: i,
                    end: j,
                    name_start,
                    sex,
                });
            }
            // A lone first name is a person when it stands alone ("Laura
            // ging", "mit Alex und Max"): no capitalised word goes on, and
            // it is unambiguous (no cue let an ambiguous one count).
            if !cue {
                let saint = self.after_saint(i);
                // Nor the end of a longer name ("Los Angeles", "Hurrikan
                // Alex", "Kleinwort Benson").
                let after_name = i.checked_sub(1).is_some_and(|p| {
                    let t = &self.toks[p];
                    matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                        && t.is_capitalised()
                        && !self.is_function(p)
                });
                // Nor a place after a preposition of place ("zum Bahnhof in
                // Salem", "nach Ilka"), nor a thing after one with its
                // article ("am Kai", "im Ried").
                let after_place_word = i.checked_sub(1).is_some_and(|p| {
                    let key = self.key(p);
                    // (or a postcode: "93413 Cham", "A-4020 Linz"; not a
                    // year: four digits only with a country's letter)
                    let (country, digits) = key.rsplit_once('-').unwrap_or(("", key));
                    let postcode = digits.bytes().all(|b| b.is_ascii_digit())
                        && (digits.len() == 5
                            || (digits.len() == 4
                                && matches!(country, "a" | "ch" | "d" | "l" | "fl")));
                    // (or a head of places: "in den Gemeinden Salem,
                    // Heiligenberg …")
                    let place_head = self.feat(p).heads.place.is_some()
                        || matches!(
                            key,
                            "gemeinden" | "städte" | "städten" | "orte" | "orten" | "kommunen"
                        );
                    is_place_preposition(key) || postcode || place_head
                        // (not "zum"/"beim": "bin ich zum Markus gelaufen")
                        || matches!(key, "am" | "im" | "ins" | "ans")
                });
                // Nor a thing after an indefinite article ("einer Tom und
                // einigen Effekten", "ein Mercedes").
                let after_article = i.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.key(p),
                        "ein" | "eine" | "einer" | "eines" | "einem" | "einen"
                    )
                });
                let alone = firsts == 1
                    && !saint
                    && !after_name
                    && !after_place_word
                    && !after_article
                    && self.tok(j).is_none_or(|t| {
                        !(matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                            && t.is_capitalised())
                    });
                if alone {
                    return Some(PersonHit {
                        start: i,
                        end: j,
                        name_start,
                        sex,
                    });
                }
                return None;
            }
        }
        let strong =
            matches!(after, Cue::Role | Cue::Credit | Cue::Apposition) || titled || honorific;
        if !strong
            && !matches!(
                after,
                Cue::Speech | Cue::Noun | Cue::Party | Cue::Genitive | Cue::Known
            )
        {
            return None;
        }
        if after == Cue::Genitive && !strong {
            return Some(PersonHit {
                start: i,
                end: name_start + 1,
                name_start,
                sex: b'u',
            });
        }
        // After a noun for a person, a word with the ending of an abstract
        // noun is no name ("dem Sohn Unterstützung").
        if after == Cue::Noun && !strong && common_noun_shape(self.key(name_start)) {
            return None;
        }
        // After a role, title or honorific: up to three capitalised words;
        // after a speech verb one, closed by punctuation ("so Theurer.").
        let mut k = name_start;
        while k < self.toks.len()
            && k < name_start + 3
            && self.is_surname(k)
            && !self.is_role_word(k)
        {
            k += 1;
        }
        if k == name_start {
            return None;
        }
        // "Eckehard von Wuthenau", "Wolf-Dieter von der Heyde": a particle
        // and a surname after an unknown first name, in an apposition
        // (after a role or a speech verb one word is the surname:
        // "Bürgermeister Weber von Neustadt").
        if !matches!(after, Cue::Speech | Cue::Role) || k > name_start + 1 {
            let p = if (self.key(k) == "von" && matches!(self.key(k + 1), "der" | "dem"))
                || (self.key(k) == "de" && matches!(self.key(k + 1), "la" | "las" | "los"))
            {
                k + 2
            } else {
                k + 1
            };
            if matches!(self.key(k), "von" | "van" | "vom" | "zu" | "zum" | "de")
                && self.toks[k].kind == TokenKind::Word
                && !self.toks[k].is_capitalised()
                && self.is_surname(p)
                && !self.is_role_word(p)
                && self.first_name_at(p).is_none()
                && self.same_sentence(k, p)
            {
                k = p + 1;
            }
        }
        // A name without a known first name that ends in a Land is a
        // body's ("Das Landvolk Niedersachsen warnte").
        if !titled && !honorific && k > name_start + 1 && LAENDER.contains(&self.key(k - 1)) {
            return None;
        }
        // After a role, a department is no name: "Leiter Hochschulkommunikation",
        // "Leiter Presse und Öffentlichkeitsarbeit", "Leiterin Marketing".
        // ("Vorstand Wasser des DVGW": after a role that heads a
        // department, one word and a genitive body after it; not
        // "Bürgermeister Schmidt der Gemeinde Hagen")
        let heads_department = name_start.checked_sub(1).is_some_and(|p| {
            let role = self.key(p);
            // (compounds too: "Exekutivdirektorin Wertpapieraufsicht der
            // BaFin")
            role.starts_with("vorstand")
                || role.ends_with("leiter")
                || role.ends_with("leiterin")
                || role.starts_with("referent")
                || role.contains("direktor")
                || role.contains("geschäftsführer")
        });
        if after == Cue::Role
            && !titled
            && !honorific
            && (common_noun_shape(self.key(name_start))
                // a department before a full name: "Vorständin Betrieb
                // Svenja Odebrecht-Lind" (the name starts at the first name;
                // two words stay a name: "Staatssekretär Zoltan Werner")
                || (k == name_start + 3
                    && self.first_name_at(name_start + 1).is_some_and(|(a, _)| !a))
                // a portfolio after the role: "Chefredakteurin Digitales",
                // "Senator Inneres"
                || (k == name_start + 1
                    && matches!(
                        self.key(name_start),
                        "digitales"
                            | "soziales"
                            | "inneres"
                            | "äußeres"
                            | "auswärtiges"
                            | "finanzen"
                            | "kultur"
                            | "wirtschaft"
                            | "umwelt"
                    ))
                || (k == name_start + 1
                    && heads_department
                    && self.first_name_at(name_start).is_none()
                    && matches!(self.key(k), "des" | "der")
                    && self.tok(k + 1).is_some_and(|t| t.is_capitalised()))
                || (k == name_start + 1
                    && matches!(self.key(k), "und" | "&")
                    && self.tok(k + 1).is_some_and(|t| t.is_capitalised())
                    && self.feat(k + 1).first_name.is_none()
                    && !self.feat(k + 1).role_start
                    && self.titles(k + 1) == k + 1))
        {
            return None;
        }
        // After a credit ("Foto: …", "Quelle: …") a name without a known
        // first name (those returned above), title or honorific needs two
        // words, none of them an organisation's: credits name firms and
        // agencies as often as photographers ("Foto: Emschergenossenschaft",
        // "Quelle: Fanuc").
        if after == Cue::Credit
            && !titled
            && !honorific
            && (k - name_start < 2
                || (name_start..k).any(|m| self.feat(m).org_start || self.feat(m).org_root))
        {
            return None;
        }
        // After a speech verb: one word closed by punctuation ("so
        // Theurer."), or two ("betonte Gunhild Ahlers am Rande") that no
        // further capitalised word continues.
        let closed = self.tok(k).is_none_or(|t| {
            matches!(
                t.kind,
                TokenKind::Punct | TokenKind::CloseQuote | TokenKind::OpenBracket
            ) && t.text != "/"
        });
        let open_end = self
            .tok(k)
            .is_none_or(|t| closed || (t.kind == TokenKind::Word && !t.is_capitalised()));
        // A speech verb after the name: "Ramelow erklärte, …".
        let verb_after = self.is_speech_verb_after_name(k);
        let accepted = match after {
            // "…, Burkhardt Müller-Sönksen, fordert": the apposition ends
            // where the name does, and without a known first name (returned
            // above) it has two words: one is more often the next item of a
            // list ("des Referats Umwelt, Verkehr, Bauen").
            Cue::Apposition if !titled && !honorific => closed && k >= name_start + 2,
            _ if strong => true,
            Cue::Noun => (k <= name_start + 2 && open_end) || closed,
            Cue::Party => self.party_after(k - 1),
            // The surname the cue saw, and nothing after it.
            Cue::Known => self.feat(k - 1).known_surname && k <= name_start + 2,
            _ => {
                // "sagt Eymer der Zeitung", "sagte Hörmann geknickt": after
                // a speech verb (not "so") one word that a lowercase
                // word goes on from.
                // Not a participle before its noun ("die versicherte Arbeitskräfte").
                let verb_before = i > 1
                    && (self.is_speech_verb(i - 1) || self.speech_after_quote(i - 1))
                    && (!self.is_function(i - 2) || self.toks[i - 2].is_capitalised())
                    && !common_noun_shape(self.key(name_start));
                let lower_next = self
                    .tok(k)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised());
                (k == name_start + 1 && (closed || verb_after || (verb_before && lower_next)))
                    || (k == name_start + 2 && open_end)
            }
        };
        if !accepted {
            return None;
        }
        Some(PersonHit {
            start: i,
            end: k,
            name_start,
            sex,
        })
    }

    /// Whether token `i` is a name in the genitive before kin or a life
    /// event, with no article before it: "Melanies Eltern", "Brians Sohn",
    /// "Ravens Tod" (a prenominal genitive is a proper name's).
    fn saxon_genitive(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let shape = if has_feat(t.kind) {
            self.feat(i).genitive_shape
        } else {
            genitive_shape(self.lex, t.kind, self.key(i), &NO_FEAT)
        };
        if !shape {
            return false;
        }
        // "des Vaters Tod", "seines Bruders Sohn": an article makes it a noun.
        if i > 0 && self.is_word(i - 1) {
            let prev = self.key(i - 1);
            // (a preposition only looks like an adjective: "über", "wegen")
            if is_determiner(prev)
                || (!self.toks[i - 1].is_capitalised()
                    && !self.is_function(i - 1)
                    && is_adjective(prev))
            {
                return false;
            }
        }
        // (not a place's: "Salems Bürgermeister" where the text has "in
        // Salem" or "die Gemeinde Salem"; asked last)
        let person = || {
            !t.text
                .strip_suffix('s')
                .is_some_and(|stem| self.names_place(stem))
        };
        let next = self.key(i + 1);
        let noun_next = self
            .tok(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised());
        if noun_next
            && KIN_AND_LIFE
                .iter()
                .any(|n| next == *n || (next.len() > n.len() + 2 && next.ends_with(n)))
        {
            // (kin and a life are a person's, even one named like a place
            // of the text: "in Sofia … Sofias Mutter")
            return true;
        }
        // A known surname or first name in the genitive before any noun,
        // or an adjective and its noun ("Merkels Kabinett", "Luthers
        // deutsche Bibel"), or after its noun at the end of a clause
        // ("die Vertrauten Merkels.").
        self.feat(i).known_genitive
            && (noun_next
                || (self
                    .tok(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised())
                    && is_adjective(next)
                    && self
                        .tok(i + 2)
                        .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised()))
                || (i > 0
                    && self.toks[i - 1].kind == TokenKind::Word
                    && self.toks[i - 1].is_capitalised()
                    && !self.is_function(i - 1)
                    && self.tok(i + 1).is_none_or(|t| {
                        matches!(t.kind, TokenKind::Punct | TokenKind::CloseQuote)
                    })))
            && person()
    }

    /// Whether a surname of the lexicon names a person at token `i` by
    /// itself ([`Cue::Known`]): at `i`, or at `i + 1` after a word that
    /// can be an unknown first name.
    fn known_name_at(&self, i: usize) -> bool {
        let f = self.feat(i);
        if !f.name_word {
            return false;
        }
        // (a listed surname can be an unknown first name before another:
        // "Reinhart Meyer")
        let surname = if f.known_surname && !self.feat(i + 1).known_surname {
            i
        } else if self.feat(i + 1).known_surname
            && self.feat(i + 1).name_word
            // (`name_word`: a word, so its role test below is a word's)
            && !(f.adjective
                || f.org_start
                || f.org_root
                || f.role_start
                || f.person_noun
                || f.known_genitive
                || common_noun_shape(self.key(i))
                || is_role_word(self.lex, TokenKind::Word, self.key(i)))
            && self.same_sentence(i, i + 1)
        {
            i + 1
        } else {
            return false;
        };
        // Not after an article or a determiner ("der Kohl", "im Bach"),
        // nor within a longer name ("Leibniz Universität",
        // "Müller & Partner", "Nieding+Barth").
        if i > 0 {
            if self.joins_firm(i - 1) {
                return false;
            }
            let p = &self.toks[i - 1];
            let prev = self.key(i - 1);
            // A relative pronoun after a comma is no article ("der Schub,
            // den Blair erreichen will").
            let relative = i > 1
                && self.toks[i - 2].text == ","
                && matches!(prev, "der" | "die" | "das" | "den" | "dem");
            if p.kind == TokenKind::Word
                && (p.is_capitalised() && !self.is_function(i - 1)
                    || (is_determiner(prev) && !relative)
                    || matches!(
                        prev,
                        "am" | "im" | "zum" | "zur" | "vom" | "beim" | "ins" | "ans" | "aufs"
                    )
                    // a place that is also a surname ("in Lauterbach",
                    // "nach Kappel")
                    || is_place_preposition(prev))
            {
                return false;
            }
        }
        self.tok(surname + 1).is_none_or(|t| {
            !(matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) && t.is_capitalised()
                || matches!(t.text, "&" | "+"))
        }) && !self.is_place_elsewhere(surname)
    }

    /// Whether the text names `word` as a place: after a preposition of
    /// place ("in Salem") or a head of places ("die Gemeinde Salem").
    fn names_place(&self, word: &str) -> bool {
        let words = self.place_words.get_or_init(|| {
            let mut words: Vec<&'t str> = self
                .cap_words
                .iter()
                .map(|&c| c as usize)
                .filter(|&c| {
                    c > 0
                        && (is_place_preposition(self.key(c - 1))
                            || self.feat(c - 1).heads.place.is_some())
                })
                .map(|c| self.toks[c].text)
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        });
        words.binary_search(&word).is_ok()
    }

    /// Whether the word at `i` stands after a preposition of place
    /// somewhere in the text: then it names a place there too ("Die
    /// Menschen in Kappel … „Kappel zeigt, …“").
    fn is_place_elsewhere(&self, i: usize) -> bool {
        let Some(&id) = self.ids.get(i) else {
            return false;
        };
        let places = self.places.get_or_init(|| {
            let mut places: Vec<u32> = self
                .cap_words
                .iter()
                .map(|&j| j as usize)
                .filter(|&j| j > 0 && is_place_preposition(self.key(j - 1)))
                .filter_map(|j| self.ids.get(j).copied())
                .collect();
            places.sort_unstable();
            places.dedup();
            places
        });
        places.binary_search(&id).is_ok()
    }

    /// Whether a party in brackets follows token `i`: "Pofalla (CDU)".
    fn party_after(&self, i: usize) -> bool {
        if self.tok(i + 1).is_none_or(|t| t.text != "(") {
            return false;
        }
        match self.org_gazetteer(i + 2) {
            Some((end, form)) => {
                let entry = self.lex.org_forms[form as usize].entry;
                self.lex.orgs[entry as usize].kind == OrgKind::Party
                    && self
                        .tok(end)
                        .is_some_and(|t| matches!(t.text, ")" | "," | "/"))
            }
            None => false,
        }
    }

    /// Whether token `k` is a role word by itself ("CIO", "Staatssekretärin").
    fn is_role_word(&self, k: usize) -> bool {
        is_role_word(self.lex, self.toks[k].kind, self.key(k))
    }

    /// A capitalised word that can be a surname here.
    fn is_surname(&self, k: usize) -> bool {
        if !self.is_name_word(k) {
            return false;
        }
        let key = self.key(k);
        // Not an organisation head or descriptor ("Koch-Institut").
        let heads = &self.feat(k).heads;
        if heads.spec.is_some_and(|_| key.len() > 6) || heads.place_exact {
            return false;
        }
        true
    }
}

/// A compound role word: "Agrarministerin" (by its head), "govdigital-CEO"
/// (a listed role after a hyphen); `key` is the word's key. Returns (form,
/// prefix, title).
fn role_compound(
    lex: &EntityLexicon,
    text: &str,
    key: &str,
) -> Option<(u32, Option<String>, String)> {
    // "govdigital-CEO", "SPD-Bundestagsabgeordnete": role after the last hyphen.
    if let Some(h) = text.rfind('-') {
        let (pre, post) = (&text[..h], &text[h + 1..]);
        if !pre.is_empty() && !post.is_empty() && post.starts_with(char::is_uppercase) {
            let post_key = super::lexicon::fold(post);
            let mut found = None;
            lex.role_trie
                .walk(std::iter::once(Some(loose(&post_key))), |_, f| {
                    found = Some(f)
                });
            let found = found.or_else(|| head_suffix(lex, &post_key).map(|(f, _)| f));
            if let Some(form) = found {
                let (entry, gender) = lex.role_forms[form as usize];
                let role = &lex.roles[entry as usize];
                let title = if loose(&post_key) == loose(&super::lexicon::fold(role.form(gender))) {
                    role.form(gender).to_owned()
                } else {
                    compound_title(post, &post_key, role.form(gender))
                };
                return Some((form, Some(pre.to_owned()), title));
            }
        }
    }
    let (form, split) = head_suffix(lex, key)?;
    let (entry, gender) = lex.role_forms[form as usize];
    let head = lex.roles[entry as usize].form(gender);
    // The prefix as written, then the head in its nominative form.
    let prefix_len = text
        .char_indices()
        .nth(key.get(..split)?.chars().count())
        .map_or(text.len(), |(b, _)| b);
    let mut title = text[..prefix_len].to_owned();
    title.push_str(&super::lexicon::fold(head));
    Some((form, None, title))
}

/// A head role at the end of the compound `key`: (form, byte offset of
/// the head in `key`).
fn head_suffix(lex: &EntityLexicon, key: &str) -> Option<(u32, usize)> {
    if !lex.has_head_tail(loose(key)) {
        return None;
    }
    let mut best = None;
    // A prefix of two letters is enough ("Ölminister", "Exminister").
    for (b, _) in key.char_indices().skip(2) {
        let suffix = &key[b..];
        if suffix.len() < 4 {
            break;
        }
        if let Some(&form) = lex.role_heads.get(loose(suffix)) {
            // The word must end in a form of the head, not in its stem
            // alone: "Unterricht", "Gericht", "Gerichts" and "Bericht" end
            // in the stem of "Richter" but no form of it.
            if !head_form_is(lex, form, suffix) {
                break;
            }
            best = Some((form, b));
            break;
        }
    }
    best
}

/// Whether the role of form `form` is an agent noun in -er with a
/// feminine in -erin ("Gesellschafter", "Leiterin"), whose every
/// inflected form keeps the -er that [`loose`] takes off.
fn agent_noun(lex: &EntityLexicon, form: u32) -> bool {
    lex.role_forms
        .get(form as usize)
        .and_then(|&(entry, _)| lex.roles.get(entry as usize))
        .is_some_and(|r| r.masculine.ends_with("er") && r.feminine.ends_with("erin"))
}

/// Whether the folded `suffix` starts with one form of the role of head
/// form `form` ("richters", "richterin", not "richts").
fn head_form_is(lex: &EntityLexicon, form: u32, suffix: &str) -> bool {
    // `suffix` is folded; the forms are folded on the fly, without a buffer
    let starts = |written: &str| {
        let mut rest = suffix.chars();
        written
            .chars()
            .flat_map(char::to_lowercase)
            .all(|c| rest.next() == Some(c))
    };
    lex.role_forms
        .get(form as usize)
        .and_then(|&(entry, _)| lex.roles.get(entry as usize))
        .is_some_and(|r| starts(&r.masculine) || starts(&r.feminine))
}

/// Whether `key` could start a legal form: one of [`LEGAL_FORMS`], or the
/// "e." of "e. V.".
fn could_be_legal(key: &str) -> bool {
    matches!(
        key,
        "gmbh"
            | "ggmbh"
            | "mbh"
            | "ag"
            | "se"
            | "kg"
            | "kgaa"
            | "gbr"
            | "ug"
            | "ohg"
            | "ltd."
            | "inc."
            | "eg"
            | "e.v."
            | "w.v."
            | "aör"
            | "kdör"
            | "e."
            | "w."
            | "m."
            | "ges.m.b.h."
    )
}

/// Appends `gap`, the text between two tokens, with line breaks and tabs
/// as spaces.
fn push_spaced(out: &mut String, gap: &str) {
    if gap.contains(['\n', '\r', '\t']) {
        out.push_str(&gap.replace(['\n', '\r', '\t'], " "));
    } else {
        out.push_str(gap);
    }
}

/// A lowercase word that could be a role modifier: an inflected adjective
/// or an abbreviation ("stellv.").
fn could_be_modifier(key: &str) -> bool {
    key.ends_with(['e', 'r', 'n', 's', 'm', '.', 'd', 'g', 'h'])
}

/// An inflected adjective of a policy field, lowercase: "wirtschaftspolitische",
/// "bildungspolitischen", "europapolitischer".
fn policy_adjective(key: &str) -> bool {
    adjective_stem(key)
        .and_then(|b| b.strip_suffix("politisch"))
        .is_some_and(|field| field.chars().count() >= 3)
}

/// The Land whose adjective has the stem `stem` ("niedersächsisch" ->
/// "Niedersachsen").
fn land_of_stem(stem: &str) -> Option<&'static str> {
    LAND_ADJECTIVES
        .iter()
        .find_map(|&(a, land)| (a == stem).then_some(land))
}

/// An adjective without its inflectional ending (-e, -en, -er, -es, -em;
/// at most one of them fits a word), or `None` without one.
fn adjective_stem(word: &str) -> Option<&str> {
    ["e", "en", "er", "es", "em"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
}

/// Whether a key names a Land, by name or short form ("nrw", "nw",
/// "hessen").
fn land_key(key: &str) -> bool {
    LAENDER.contains(&key) || land_of_short(key).is_some() || key == "nw"
}

/// The key of the Land that a short form names ("NRW", "M-V"), after a
/// head, as bodies' names use them.
fn land_of_short(key: &str) -> Option<&'static str> {
    Some(match key {
        "nrw" => "nordrhein-westfalen",
        "m-v" | "mv" => "mecklenburg-vorpommern",
        "bw" | "b-w" => "baden-württemberg",
        "rlp" => "rheinland-pfalz",
        "lsa" => "sachsen-anhalt",
        "s-h" => "schleswig-holstein",
        _ => return None,
    })
}

/// Whether a word shaped like an inflected adjective (`-e`, `-en`) has an
/// adjective's stem: a derivational suffix ("Deutschen", "Kassenärztlichen",
/// "Sozialen") or one of the plain adjectives that start names ("Freie",
/// "Neue", "Offenen"), so that a noun in "en" keeps its ending ("der
/// Bürgerladen Gieselwerder eG").
fn inflects_like_adjective(key: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "isch", "lich", "ig", "sch", "al", "ell", "iv", "är", "ar", "ant", "ent", "ös", "bar",
        "haft", "los", "sam",
    ];
    const PLAIN: &[&str] = &[
        "frei",
        "neu",
        "offen",
        "rot",
        "grün",
        "weiß",
        "hoh",
        "alt",
        "jung",
        "groß",
        "klein",
        "ober",
        "unter",
        "nieder",
        "mittler",
        "vereinigt",
        "erst",
        "blau",
        "gelb",
        "schwarz",
        "heilig",
    ];
    let stem = key
        .strip_suffix("en")
        .or_else(|| key.strip_suffix('e'))
        .unwrap_or(key);
    SUFFIXES.iter().any(|s| stem.ends_with(s)) || PLAIN.contains(&stem)
}

/// Which head list to search.
#[derive(Clone, Copy)]
enum HeadList {
    Place,
    Spec,
    Descriptor,
}

/// A head list bucketed by its words' last byte, so that a word is
/// compared only with the heads it could end in.
type HeadTable = Vec<Vec<(&'static str, OrgKind)>>;

fn head_table(heads: &'static [(&'static str, OrgKind)]) -> HeadTable {
    let mut table = vec![Vec::new(); 256];
    for &(h, k) in heads {
        if let Some(&b) = h.as_bytes().last() {
            table[usize::from(b)].push((h, k));
        }
    }
    table
}

static PLACE_TABLE: LazyLock<HeadTable> = LazyLock::new(|| head_table(PLACE_HEADS));
static SPEC_TABLE: LazyLock<HeadTable> = LazyLock::new(|| head_table(SPEC_HEADS));
static DESCRIPTOR_TABLE: LazyLock<HeadTable> = LazyLock::new(|| head_table(DESCRIPTORS));
static COMPOUND_PLACE_TABLE: LazyLock<HeadTable> =
    LazyLock::new(|| head_table(COMPOUND_PLACE_HEADS));

/// Whether a capitalised word has the ending of a German abstract noun
/// ("Erläuterung", "Neuheit", "Keramik"): no surname ends so.
fn common_noun_shape(key: &str) -> bool {
    key.chars().count() > 5
        && [
            "ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum", "ik",
            "ment", "chen", "lein", "sse", "ie", "ien", "arbeit",
        ]
        .iter()
        .any(|s| key.ends_with(s))
}

/// A surname with an Arabic article joined by a hyphen: "al-Nuaimi",
/// "el-Baradei", "as-Sisi" (lowercase article, capitalised name).
fn arabic_article_surname(word: &str) -> bool {
    ["al-", "el-", "ad-", "ar-", "as-", "at-", "az-", "an-"]
        .iter()
        .any(|a| {
            word.strip_prefix(a).is_some_and(|rest| {
                rest.chars().next().is_some_and(char::is_uppercase)
                    && rest.chars().count() > 2
                    && rest.chars().all(|c| c.is_alphabetic() || c == '-')
            })
        })
}

/// A body named after a person, one word of capitalised parts joined by
/// hyphens ending in a head noun: "Robert-Koch-Krankenhaus",
/// "Friedrich-Ebert-Stiftung", "Carl-Zeiss-Gymnasium". Returns its kind.
fn eponym_head(word: &str) -> Option<OrgKind> {
    const HEADS: &[(&str, OrgKind)] = &[
        ("-Krankenhaus", OrgKind::Other),
        ("-Klinikum", OrgKind::Other),
        ("-Klinik", OrgKind::Other),
        ("-Museum", OrgKind::Other),
        ("-Institut", OrgKind::Research),
        ("-Zentrum", OrgKind::Research),
        ("-Gymnasium", OrgKind::Research),
        ("-Schule", OrgKind::Research),
        ("-Gesamtschule", OrgKind::Research),
        ("-Hochschule", OrgKind::Research),
        ("-Universität", OrgKind::Research),
        ("-Stiftung", OrgKind::Association),
        // a district named by its rivers and hills: "Rhein-Hunsrück-Kreis"
        ("-Kreis", OrgKind::Municipality),
        ("-Kreises", OrgKind::Municipality),
    ];
    // the head first: most words end in none (and are shorter)
    if word.len() < 12 {
        return None;
    }
    let &(head, kind) = HEADS.iter().find(|(h, _)| word.ends_with(h))?;
    let mut before = 0;
    for p in word[..word.len() - head.len()].split('-') {
        if !p.starts_with(|c: char| c.is_uppercase()) || p.chars().count() < 2 {
            return None;
        }
        before += 1;
    }
    (before >= 2).then_some(kind)
}

/// Titles written in capitals only, so that no word is read as one:
/// Austria's "DI" (Diplom-Ingenieur), "PD" (Privatdozent).
fn capital_title(text: &str) -> bool {
    matches!(text, "DI" | "PD")
}

/// A ruler's ordinal in Roman numerals, two letters or more ("II",
/// "XIV"; one letter is an initial).
fn is_regnal(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Titles of nobility that stand between first name and surname.
const NOBILITY: &[&str] = &[
    "graf",
    "gräfin",
    "freiherr",
    "freifrau",
    "freiin",
    "fürst",
    "fürstin",
    "prinz",
    "prinzessin",
    "herzog",
    "herzogin",
    "baron",
    "baronin",
    "ritter",
    "erbprinz",
];

/// A single capital with a period: "W." in "George W. Bush".
fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// A brand-like word that names a thing, not a body ("DigitalPakt",
/// "BundID", "OnlineZugangsgesetz").
fn camel_thing(key: &str) -> bool {
    [
        "pakt",
        "gesetz",
        "portal",
        "plattform",
        "app",
        "cloud",
        "card",
        "check",
        "pass",
        "strategie",
        "programm",
        "projekt",
        "konto",
        "akte",
        "id",
        "netz",
        "box",
        "bot",
        "tool",
        "tag",
        "preis",
        "award",
        "förderung",
        "fonds",
        "lab",
        "labor",
        "hub",
        "camp",
        "day",
        "week",
        "cup",
    ]
    .iter()
    .any(|s| key.ends_with(s))
}

fn is_weekday(key: &str) -> bool {
    // Also the plural and the adverb ("Freitage", "montags").
    let key = key
        .strip_suffix('e')
        .or_else(|| key.strip_suffix('s'))
        .unwrap_or(key);
    matches!(
        key,
        "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonnabend"
            | "sonntag"
    )
}

/// A lowercase particle that may start a surname ("von der Leyen", "de
/// Maizière", "van Gaal"); a lone "von" or "zu" is told apart later.
fn is_particle(text: &str) -> bool {
    matches!(
        text,
        "von" | "van" | "de" | "da" | "di" | "del" | "della" | "dos" | "du" | "ten" | "ter"
    )
}

/// A pronoun shaped like an adjective that stands without an article
/// ("Letzterer sagte", "Beide erklärten").
fn is_comparative_pronoun(key: &str) -> bool {
    matches!(
        key,
        "letzterer"
            | "ersterer"
            | "letztere"
            | "erstere"
            | "andere"
            | "weitere"
            | "beide"
            | "einige"
            | "viele"
            | "manche"
            | "mehrere"
            | "einzelne"
            | "jeder"
            | "keiner"
    )
}

/// An inflected adjective ("öffentliche", "Digitalen", "bayerisches").
fn is_adjective(key: &str) -> bool {
    key.chars().count() > 3
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|s| key.ends_with(s))
        && !key.ends_with("ung")
}

/// The fields of the departments of the Swiss cantons that call them
/// Direktion (Zürich, Bern, Basel-Landschaft, Zug, Uri and others), as the
/// first part of the compound, sorted: "Gesundheitsdirektion",
/// "Volkswirtschaftsdirektion", "Bildungs- und Kulturdirektion". Not
/// "Verkehrsdirektion", which is also a German police unit ("der
/// Verkehrsdirektion der Polizei Hamburg"); Bern's "Bau- und
/// Verkehrsdirektion" is taken as the last part of a coordination.
const CANTON_DIRECTORATES: &[&str] = &[
    "bau",
    "bildungs",
    "erziehungs",
    "finanz",
    "gesundheits",
    "integrations",
    "justiz",
    "kirchen",
    "kultur",
    "sicherheits",
    "sozial",
    "umwelt",
    "umweltschutz",
    "volkswirtschafts",
    "wirtschafts",
];

/// Whether `key` names a Swiss canton's department by its field
/// ([`CANTON_DIRECTORATES`]): "gesundheitsdirektion".
fn canton_directorate(key: &str) -> bool {
    key.strip_suffix("direktion")
        .is_some_and(|field| CANTON_DIRECTORATES.binary_search(&field).is_ok())
}

/// The kind of an organisation whose head is `key` (a whole word, or for
/// `SPEC_HEADS` the end of a compound).
fn head_kind(key: &str, heads: HeadList, whole: bool) -> Option<OrgKind> {
    let &last = key.as_bytes().last()?;
    let place = matches!(heads, HeadList::Place);
    let table: &HeadTable = match heads {
        HeadList::Place => &PLACE_TABLE,
        HeadList::Spec => &SPEC_TABLE,
        HeadList::Descriptor => &DESCRIPTOR_TABLE,
    };
    let heads = &table[usize::from(last)];
    for &(head, kind) in heads.iter() {
        if !key.ends_with(head) {
            continue;
        }
        if key.len() == head.len() {
            // "Behörde für Schule und Berufsbildung": Hamburg's ministries
            // are called Behörde; the compounds (Landesbehörde) are not.
            if head == "behörde" {
                return Some(OrgKind::Ministry);
            }
            return Some(kind);
        }
        // Facilities and units, not bodies: "Rechenzentrum", "Störungsdienst".
        let compounds = !matches!(
            head,
            "zentrum"
                | "zentrale"
                | "dienst"
                | "gesellschaft"
                | "kommission"
                | "ausschuss"
                | "direktion"
        );
        // (A federal or Land centre, service or commission is a body:
        // "Bundesforschungszentrum", "Landesdirektion"; so is a Swiss
        // canton's department named by its field: "Gesundheitsdirektion",
        // "Bildungs- und Kulturdirektion".)
        if head == "direktion" && !whole && canton_directorate(key) {
            return Some(OrgKind::Ministry);
        }
        if !whole
            && (compounds || key.starts_with("bundes") || key.starts_with("landes"))
            && key.len() > head.len() + 2
        {
            return Some(kind);
        }
    }
    // "gericht" ends many courts that take a place ("Verwaltungsgericht Berlin").
    if whole && key.len() > 7 && key.ends_with("gericht") {
        return Some(OrgKind::Court);
    }
    // A compound before a place (by its last byte, as above); a descriptor
    // before a brand is no place head ("Digitalverband Bitkom"), nor a head
    // of longer names ("Zweckverband Kommunale Datenverarbeitung
    // Oldenburg").
    if whole && place {
        return COMPOUND_PLACE_TABLE[usize::from(last)]
            .iter()
            .find(|(head, _)| key.len() > head.len() + 2 && key.ends_with(head))
            .map(|&(_, kind)| kind)
            .filter(|_| {
                !DESCRIPTORS.iter().any(|&(d, _)| d == key) && !NAMED_HEADS.contains(&key)
            });
    }
    None
}

fn legal_kind(key: &str) -> OrgKind {
    if key == "e." || key == "w." {
        return OrgKind::Association;
    }
    LEGAL_FORMS
        .iter()
        .find(|&&(f, _)| f == key)
        .map_or(OrgKind::Company, |&(_, k)| k)
}

/// The grammatical gender of an organisation head noun: 'f', 'n' or 'm'.
fn head_gender(key: &str) -> char {
    const FEMININE: &[&str] = &[
        "ung",
        "ei",
        "tät",
        "schule",
        "agentur",
        "kammer",
        "behörde",
        "anstalt",
        "regierung",
        "kanzlei",
        "kommission",
        "akademie",
        "zentrale",
        "gesellschaft",
        "bank",
        "kasse",
        "direktion",
        "inspektion",
        "gemeinde",
        "stadt",
        "schaft",
        "vereinigung",
        "initiative",
        "allianz",
        "genossenschaft",
        "partei",
        "bahn",
        "kirche",
    ];
    const NEUTER: &[&str] = &[
        "ium",
        "amt",
        "um",
        "institut",
        "werk",
        "werke",
        "gericht",
        "büro",
        "haus",
        "land",
        "kommando",
        "netzwerk",
        "bündnis",
        "parlament",
        "kabinett",
        "sekretariat",
        "zentrum",
        "klinikum",
    ];
    if FEMININE.iter().any(|s| key.ends_with(s)) {
        'f'
    } else if NEUTER.iter().any(|s| key.ends_with(s)) {
        'n'
    } else {
        'm'
    }
}

/// The nominative of a head noun written in the genitive after "des".
fn nominative_head(word: &str) -> &str {
    if let Some(stem) = word.strip_suffix("es")
        && stem
            .chars()
            .last()
            .is_some_and(|c| !"aeiouäöüy".contains(c))
        && stem.chars().count() >= 3
    {
        return stem;
    }
    word.strip_suffix('s')
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(word)
}

/// A modifier in the nominative form for the role's gender.
fn modifier_form(word: &str, gender: Gender) -> String {
    if word.ends_with('.') || !word.starts_with(|c: char| c.is_alphabetic()) {
        return word.to_owned();
    }
    let base = adjective_stem(word).unwrap_or(word);
    let mut out = base.to_owned();
    if base.to_lowercase() == "parlamentarisch" {
        out = "Parlamentarisch".to_owned();
    }
    // Feminine and undecided both take -e; a man's -er comes with the
    // holder (see `regender`).
    out.push_str(if gender == Gender::Masculine {
        "er"
    } else {
        "e"
    });
    out
}

/// The title of a compound role from its written form and the head's
/// nominative form ("Agrarministers" → "Agrarminister").
fn compound_title(written: &str, written_key: &str, head: &str) -> String {
    let head_key = super::lexicon::fold(head);
    let lk = loose(written_key);
    let hk = loose(&head_key);
    if lk.ends_with(hk) {
        let prefix_chars = lk.chars().count() - hk.chars().count();
        let b = written
            .char_indices()
            .nth(prefix_chars)
            .map_or(written.len(), |(b, _)| b);
        let mut t = written[..b].to_owned();
        if b == 0 {
            t.push_str(head);
        } else {
            t.push_str(&head_key);
        }
        return t;
    }
    written.to_owned()
}

/// "Bundesinnenministerin" → "bundesinnenministerium": the ministry a
/// minister's title names, as a key to look for among the document's
/// organisations.
fn ministry_of(title: &str) -> Option<String> {
    let (head, portfolio) = match title.split_once(" für ") {
        Some((h, p)) => (h, Some(p)),
        None => (title, None),
    };
    let key = super::lexicon::fold(head.rsplit(' ').next()?);
    let stem = key.strip_suffix("in").unwrap_or(&key);
    let stem = stem.strip_suffix("minister")?;
    match portfolio {
        Some(p) => Some(format!("{stem}ministerium für {}", super::lexicon::fold(p))),
        None if stem.is_empty() => None,
        None => Some(format!("{stem}ministerium")),
    }
}

/// All hits of the walk, in text order, without overlaps.
struct Hits {
    orgs: Vec<OrgHit>,
    roles: Vec<RoleHit>,
    people: Vec<PersonHit>,
    /// For each token, which hit covers it.
    cover: Vec<Option<(HitKind, u32)>>,
}

impl Hits {
    fn covered(&self, i: usize) -> Option<(HitKind, u32)> {
        self.cover.get(i).copied().flatten()
    }

    fn mark(&mut self, start: usize, end: usize, kind: HitKind, id: u32) {
        let end = end.min(self.cover.len());
        for c in &mut self.cover[start..end] {
            *c = Some((kind, id));
        }
    }
}

/// Runs the recognisers over the tokens.
pub(crate) fn find<'t>(
    lex: &EntityLexicon,
    text: &'t str,
    tokens: &[Token<'t>],
    sentences: &[Sentence],
) -> Entities<'t> {
    if tokens.is_empty() {
        return Entities::default();
    }
    let mut scratch = Scratch::take();
    let Prep {
        buf,
        keys,
        folded,
        tokens: prep,
    } = Prep::new(lex, tokens, &mut scratch);
    let mut keys: Vec<&str> = keys;
    for &(entry, start, end) in &folded {
        if let Some(key) = keys.get_mut(entry as usize) {
            *key = buf.get(start..end).unwrap_or("");
        }
    }
    let w = Walk::new(lex, text, tokens, sentences, keys, prep, &mut scratch);
    let mut cover = Scratch::cleared(&mut scratch.cover, tokens.len());
    cover.resize(tokens.len(), None);
    // A mention for every few dozen tokens is plenty: room for them at
    // once rather than in four or five steps of growth, each a copy.
    let room = tokens.len() / 32 + 4;
    let mut hits = Hits {
        orgs: Vec::with_capacity(room),
        roles: Vec::with_capacity(room / 2),
        people: Vec::with_capacity(room / 2),
        cover,
    };
    walk(&w, &mut hits);
    bracket_long_forms(&w, &mut hits);
    lowercase_brands(&w, &mut hits);
    acronyms(&w, &mut hits);
    implied_acronyms(&w, &mut hits);
    committee_compounds(&w, &mut hits);
    short_names(&w, &mut hits);
    group_parliaments(&w, &mut hits);
    unit_parents(&w, &mut hits);
    let mut memo = std::mem::take(&mut scratch.memo);
    let orgs = group_orgs(&w, &mut hits, &mut memo);
    let (people, person_of_hit) = group_people(&w, &mut hits, &mut memo);
    let mut ents = Entities {
        people: people
            .into_iter()
            .map(|(name, mentions)| Person {
                name,
                mentions,
                roles: Vec::new(),
                party: None,
            })
            .collect(),
        organisations: orgs.orgs,
        roles: Vec::new(),
        quotes: Vec::new(),
    };
    let role_of_hit = link_roles(
        &w,
        &hits,
        &orgs.org_of_hit,
        &orgs.form_keys,
        &person_of_hit,
        &mut ents,
    );
    ents.quotes = quotes(&w, &hits, &person_of_hit, &role_of_hit, &ents);
    // The buffers go back to the thread for its next document.
    let Walk {
        keys,
        initial,
        sentence_of,
        feats,
        legal,
        ids,
        starts,
        cap_words,
        speech_words,
        quote_marks,
        ..
    } = w;
    drop(keys);
    Scratch {
        buf,
        folded,
        feats,
        ids,
        starts,
        cap_words,
        speech_words,
        quote_marks,
        legal,
        initial,
        sentence_of,
        cover: hits.cover,
        memo,
    }
    .keep();
    ents
}

/// One candidate of the walk at a token.
enum Hit {
    Org(OrgHit),
    Role(RoleHit),
    Person(PersonHit),
}

impl Hit {
    /// The token after the hit.
    fn end(&self) -> usize {
        match self {
            Hit::Org(h) => h.end,
            Hit::Role(r) => r.end,
            Hit::Person(p) => p.end,
        }
    }
}

/// The main walk: at each token the longest of organisation, role and person.
fn walk(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut i = 0;
    // The previous hit's kind and end, for cues.
    let mut last_role_end = usize::MAX;
    // Only words and abbreviations can start a mention, and a lowercase
    // one nothing but a role (a modifier, a prefix before a hyphen) or a
    // lowercase brand of the gazetteer: every recogniser below would say
    // no elsewhere. `Walk::starts` lists the others; the walk goes on at
    // the first of them not inside the last hit.
    for &start in &w.starts {
        let start = start as usize;
        if start < i {
            continue;
        }
        i = start;
        let Some(t) = w.toks.get(i) else { break };
        let f = &w.feat(i);
        // A surname with its particle after a role or a speech verb ("so
        // von der Leyen"); a particle starts nothing else.
        if f.particle {
            if let Some(p) = w.particle_name_at(i, last_role_end == i) {
                let id = hits.people.len() as u32;
                hits.mark(p.start, p.end, HitKind::Person, id);
                i = p.end;
                hits.people.push(p);
                continue;
            }
            if !f.cap && !f.role_start && !f.org_root {
                continue;
            }
        }
        // Organisation by pattern first: it also knows descriptor + brand.
        // Each recogniser is asked only where the word alone (or a legal
        // form ahead) says it could answer.
        let legal_ahead = || f.cap && w.legal_ahead(i, 8);
        // ("das Landvolk Niedersachsen": a noun before a Land)
        let land_ahead = || f.cap && LAENDER.contains(&w.key(i + 1));
        let mut best: Option<Hit> = if t.kind == TokenKind::Word
            && (f.org_start || legal_ahead() || land_ahead())
            && !(f.adjective && w.town_adjective_before_firm(i))
        {
            w.org_pattern(i).map(Hit::Org)
        } else {
            None
        };
        let best_end = |best: &Option<Hit>| best.as_ref().map(Hit::end);
        if f.org_root
            && let Some((end, form)) = w.org_gazetteer(i)
            && best_end(&best).is_none_or(|e| end >= e)
            // A descriptor and its brand stay, unless the gazetteer knows a
            // longer name ("Gewerkschaft Erziehung und Wissenschaft") or
            // this one with the descriptor in it ("Industriegewerkschaft
            // Metall").
            && !matches!(&best, Some(Hit::Org(o)) if o.descriptor.is_some()
                && (o.end > end
                    || (o.end == end
                        && !w.lex.org_forms[form as usize].surface.starts_with(t.text))))
            // Nor a listed acronym defined in brackets for the thing before
            // it ("das Agrarinvestitionsförderungsprogramm (AFP)": not the
            // news agency): one word, no body's head, its letters the
            // acronym's in order.
            && !(end == i + 1
                && i >= 2
                && w.lex.org_forms[form as usize].exact
                && w.key(i - 1) == "("
                && w.key(end) == ")"
                && w.is_word(i - 2)
                && w.toks[i - 2].is_capitalised()
                && hits.covered(i - 2).is_none()
                && {
                    let g = w.feat(i - 2);
                    g.heads.spec.is_none() && g.heads.place.is_none() && !g.org_root
                }
                && letters_in_order(t.text, w.toks[i - 2].text))
            // A sentence-initial one-word common noun is no organisation.
            && !(end == i + 1 && w.initial[i] && !w.lex.org_forms[form as usize].exact && w.lex.org_forms[form as usize].surface.to_lowercase() != w.key(i))
            // Nor is a one-word name shaped like an adjective before a noun
            // ("Grüne Energie", not the party "Grüne").
            && !(end == i + 1
                && f.adjective
                && !w.lex.org_forms[form as usize].exact
                && w.tok(end).is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised()))
        {
            let f = &w.lex.org_forms[form as usize];
            let entry = &w.lex.orgs[f.entry as usize];
            // "DGB Bayern", "GEW Hessen": an acronym and the region of one
            // of its branches name a body of their own.
            // So do a listed chamber and its place ("Industrie- und
            // Handelskammer Chemnitz", "… zu Köln").
            // (also a brand's: "ver.di NRW")
            let branch = if end == i + 1 && f.exact && matches!(w.key(i), "ihk" | "hwk") {
                // a chamber by its city: "IHK Frankfurt am Main", "IHK
                // Neubrandenburg für das östliche Mecklenburg-Vorpommern"
                w.branch_region(end).or_else(|| {
                    let e = w.place(end)?;
                    Some(w.specification(e).unwrap_or(e))
                })
            } else if end == i + 1
                && (f.exact || f.surface.contains('.'))
                && entry.kind != OrgKind::Party
            {
                w.branch_region(end)
            } else if !f.exact && w.key(end - 1).ends_with("kammer") {
                w.place(if w.key(end) == "zu" { end + 1 } else { end })
            } else if entry.kind == OrgKind::Association
                && (end > i + 1 || w.key(end) == "in")
                && !f.surface.starts_with("Deutsch")
            {
                // an association's Land branch: "Bund der Steuerzahler
                // Thüringen", "… in Bayern" (not a national one's seat:
                // "Deutscher Städtetag Berlin", "der Verbraucherzentrale
                // Bundesverband in Berlin": no city-state after "in")
                w.branch_region(end).or_else(|| {
                    (w.key(end) == "in"
                        && LAENDER.contains(&w.key(end + 1))
                        && !matches!(w.key(end + 1), "berlin" | "hamburg" | "bremen"))
                    .then(|| w.branch_region(end + 1))
                    .flatten()
                })
            } else {
                None
            };
            if let Some(region_end) = branch {
                // ("Sozialverband VdK Sachsen e.V.": the branch's legal
                // form; it meets "Sozialverband VdK Sachsen" and, by the
                // form's last word and the region, "VdK Sachsen")
                let b = w.legal_form(region_end).unwrap_or(region_end);
                let mut keys = vec![w.loose_keys(i, b)];
                if b > region_end {
                    keys.push(w.loose_keys(i, region_end));
                }
                if end > i + 1 {
                    keys.push(w.loose_keys(end - 1, region_end));
                }
                best = Some(Hit::Org(OrgHit {
                    start: i,
                    end: b,
                    entry: None,
                    kind: entry.kind,
                    form: w.span_text(i, b).to_owned(),
                    descriptor: None,
                    part: None,
                    keys,
                }));
            } else {
                let mut hit = listed_hit(w, i, end, form);
                // The core without a trailing genitive meets a shorter mention
                // ("Zentrum für Digitale Souveränität [der Öffentlichen Verwaltung]").
                if let Some(g) = (i + 2..end).find(|&k| matches!(w.key(k), "des" | "der")) {
                    hit.keys.push(w.loose_keys(i, g));
                }
                best = Some(Hit::Org(hit));
            }
        }
        if f.role_start
            && let Some(r) = w.role_at(i)
            && best_end(&best).is_none_or(|e| r.end > e)
        {
            best = Some(Hit::Role(r));
        }
        // A person starts only at a capitalised word (see
        // `Walk::person_at`): elsewhere no cue needs looking for.
        let cue = if !f.cap {
            Cue::None
        } else if last_role_end == i {
            Cue::Role
        } else if f.name_word
            && (w.apposition_after_role(i, last_role_end, hits)
                || (f.first_name.is_none() && w.role_apposition_after(i)))
        {
            Cue::Apposition
        } else if (i > 0 && (w.is_strong_speech(i - 1) || w.speech_after_quote(i - 1)))
            // "Reinhild Kamp erklärte, …": two name words before the verb.
            || (w.is_name_word(i)
                && w.is_name_word(i + 1)
                && w.is_strong_speech(i + 2)
                && (!f.adjective || f.first_name.is_some()))
            // "Ramelow erklärte, …", "Müller sagte, …": one alone at the
            // start of a clause, as no common noun stands without its
            // article; the verbs are singular, so a word shaped like an
            // adjective is a surname ("Müller", "Lange") unless it is a
            // comparative pronoun ("Letzterer"), a party's short name
            // ("Linke warnt") or starts a name of the gazetteer.
            || (w.is_name_word(i)
                && (w.initial[i] || (i > 0 && w.toks[i - 1].text == ","))
                && w.is_speech_verb_after_name(i + 1)
                && !(f.adjective
                    && (is_comparative_pronoun(w.key(i))
                        || f.org_root
                        || matches!(w.key(i), "linke" | "grüne" | "freie" | "rechte")))
                && !f.person_noun)
        {
            Cue::Speech
        } else if i > 1
            && w.toks[i - 1].text == ":"
            && matches!(
                w.key(i - 2),
                "foto"
                    | "fotos"
                    | "bild"
                    | "quelle"
                    | "text"
                    | "autor"
                    | "autorin"
                    | "fotograf"
                    | "fotografin"
                    | "kontakt"
                    | "ansprechpartner"
                    | "ansprechpartnerin"
                    | "pressekontakt"
            )
        {
            Cue::Credit
        } else if i > 0
            && w.feat(i - 1).person_noun
            && hits.covered(i - 1).is_none()
            && f.name_word
            // (a language is what they learn: "lernen die Kollegen Deutsch")
            && !is_language_name(w.key(i))
            // (not over a line break: "… Die Fotografen / Rückfragehinweis:")
            && !w.line_break_before(i)
        {
            Cue::Noun
        } else if f.name_word && w.party_after(i) {
            Cue::Party
        } else if f.name_word && w.saxon_genitive(i) {
            Cue::Genitive
        } else if w.known_name_at(i) {
            Cue::Known
        } else {
            Cue::None
        };
        if f.cap
            && (cue != Cue::None || f.person_start)
            && let Some(p) = w.person_at(i, cue)
            && best_end(&best).is_none_or(|e| p.end > e)
        {
            best = Some(Hit::Person(p));
        }
        if let Some(Hit::Role(r)) = &best
            && let Some(h) = w.office_as_body(r)
        {
            best = Some(Hit::Org(h));
        }
        match best {
            Some(Hit::Org(h)) => {
                let id = hits.orgs.len() as u32;
                hits.mark(h.start, h.end, HitKind::Org, id);
                i = h.end;
                hits.orgs.push(h);
            }
            Some(Hit::Role(r)) => {
                let end = r.end;
                // "govdigital-CEO", "SPD-Abgeordnete": the name before the
                // hyphen is a mention of its own when it is one.
                if let Some(pre) = &r.prefix
                    && let Some(h) = prefix_hit(w, r.end - 1, pre)
                {
                    hits.orgs.push(h);
                }
                let id = hits.roles.len() as u32;
                hits.mark(r.start, r.end, HitKind::Role, id);
                hits.roles.push(r);
                // The person cue of a role: see `Walk::person_slot`.
                last_role_end = w.person_slot(end).unwrap_or(usize::MAX);
                i = end;
            }
            Some(Hit::Person(p)) => {
                // "Heinrich Böll Stiftung", "Lee Strasberg Theatre", "Jones
                // House": a name before such a noun names an organisation
                // or a place, not a person.
                // The noun may have been read as the surname ("Lindsey
                // School"); not a place noun, which is a surname too
                // ("Jerry Hall", "Ji-sung Park").
                let head = if p.end >= p.name_start + 2
                    && matches!(w.named_after(p.end - 1), Some(Some(_)))
                {
                    p.end - 1
                } else {
                    p.end
                };
                if let Some(named) = w.named_after(head) {
                    if let Some(kind) = named {
                        let h = w.pattern_hit(p.name_start, head + 1, kind, head);
                        let id = hits.orgs.len() as u32;
                        hits.mark(h.start, h.end, HitKind::Org, id);
                        hits.orgs.push(h);
                    }
                    i = head + 1;
                    continue;
                }
                let id = hits.people.len() as u32;
                hits.mark(p.start, p.end, HitKind::Person, id);
                i = p.end;
                hits.people.push(p);
            }
            None => i += 1,
        }
    }
}

/// Whether `key` is the prefix of a saint's name used for places and
/// churches ("St.", "Sankt", "San", "Santa", "São").
fn is_saint_prefix(key: &str) -> bool {
    matches!(
        key,
        "st." | "st" | "sankt" | "san" | "santa" | "santo" | "são" | "saint" | "ste."
    )
}

/// Nouns that follow a person's name in the name of an organisation
/// (with its kind) or of a place or work (`None`): "Heinrich Böll
/// Stiftung", "Dave Matthews Band", "Jones House".
const NAMED_AFTER: &[(&str, Option<OrgKind>)] = &[
    ("stiftung", Some(OrgKind::Association)),
    ("foundation", Some(OrgKind::Association)),
    ("institut", Some(OrgKind::Research)),
    ("institute", Some(OrgKind::Research)),
    ("schule", Some(OrgKind::Research)),
    ("gymnasium", Some(OrgKind::Research)),
    ("realschule", Some(OrgKind::Research)),
    ("gesamtschule", Some(OrgKind::Research)),
    ("grundschule", Some(OrgKind::Research)),
    ("school", Some(OrgKind::Research)),
    ("college", Some(OrgKind::Research)),
    ("university", Some(OrgKind::Research)),
    ("universität", Some(OrgKind::Research)),
    ("hochschule", Some(OrgKind::Research)),
    ("akademie", Some(OrgKind::Research)),
    ("zentrum", Some(OrgKind::Other)),
    ("center", Some(OrgKind::Other)),
    ("centre", Some(OrgKind::Other)),
    ("klinik", Some(OrgKind::Other)),
    ("museum", Some(OrgKind::Other)),
    ("theater", Some(OrgKind::Other)),
    ("theatre", Some(OrgKind::Other)),
    ("band", Some(OrgKind::Other)),
    ("haus", None),
    ("house", None),
    ("hall", None),
    ("halle", None),
    ("stadion", None),
    ("arena", None),
    ("park", None),
    ("preis", None),
    ("prize", None),
    ("award", None),
];

fn loose_join(form: &str) -> String {
    let mut out = String::with_capacity(form.len() + 4);
    for (n, t) in crate::tokenize(form).enumerate() {
        if n > 0 {
            out.push(' ');
        }
        // Folded in place and cut to its loose stem, a prefix of the key:
        // no buffer of its own.
        let start = out.len();
        super::lexicon::fold_into(t.text, &mut out);
        let stem = out.get(start..).map_or(0, |key| loose(key).len());
        out.truncate(start + stem);
    }
    out
}

/// "Das Kommunale Rechenzentrum Minden-Ravensberg/Lippe (krz)": an acronym
/// in brackets names the capitalised words before it as a body no pattern
/// found, when its letters are theirs in order (the first the first word's)
/// and one of the words is an organisation's head noun (so not "Künstliche
/// Intelligenz (KI)"). Two to seven words of one sentence, little linking
/// words ("für", "und", "der") and slashes between them; a capitalised
/// adjective right before the first of them joins the name without giving
/// the acronym a letter.
fn bracket_long_forms(w: &Walk<'_, '_>, hits: &mut Hits) {
    for k in 2..w.toks.len().saturating_sub(2) {
        if w.toks[k].kind != TokenKind::OpenBracket
            || w.key(k + 2) != ")"
            || !w.is_word(k + 1)
            || hits.covered(k - 1).is_some()
            || hits.covered(k + 1).is_some()
        {
            continue;
        }
        let acr = w.toks[k + 1].text;
        if acr.len() < 2 || !(is_acronym_like(acr) || lowercase_acronym(acr)) {
            continue;
        }
        let Some(first) = acr
            .chars()
            .next()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
        else {
            continue;
        };
        // the words before, back to the farthest start that fits
        let mut best = None;
        let mut s = k;
        while s > 0 && k - s < 7 {
            let j = s - 1;
            let t = &w.toks[j];
            let ok = hits.covered(j).is_none()
                && w.same_sentence(j, k)
                && ((t.kind == TokenKind::Word && t.is_capitalised() && !w.is_function(j))
                    || (t.kind == TokenKind::Word
                        && matches!(w.key(j), "für" | "und" | "der" | "des"))
                    || t.text == "/");
            if !ok {
                break;
            }
            s = j;
            let starts = t.kind == TokenKind::Word
                && t.is_capitalised()
                && !w.is_function(j)
                && w.key(j).starts_with(first);
            if starts && k - s >= 2 {
                best = Some(s);
            }
        }
        let Some(mut start) = best else {
            continue;
        };
        if !letters_in_order(acr, w.span_text(start, k)) {
            continue;
        }
        // (compounds the head lists leave out, which the acronym vouches
        // for: "Betriebsgesellschaft", "Arbeitsgemeinschaft")
        let compound = |key: &str| {
            [
                ("zentrum", OrgKind::Other),
                ("verbund", OrgKind::Other),
                ("werke", OrgKind::Other),
                ("betrieb", OrgKind::Other),
                ("betriebe", OrgKind::Other),
                ("gesellschaft", OrgKind::Company),
                ("gemeinschaft", OrgKind::Association),
            ]
            .iter()
            .find(|(h, _)| key.ends_with(h))
            .map(|&(_, kind)| kind)
        };
        let Some(head) = (start..k).rev().find(|&j| {
            let key = w.key(j);
            w.is_word(j)
                && (head_kind(key, HeadList::Spec, false).is_some()
                    || head_kind(key, HeadList::Place, true).is_some()
                    || compound(key).is_some())
        }) else {
            continue;
        };
        let kind = head_kind(w.key(head), HeadList::Spec, false)
            .or_else(|| head_kind(w.key(head), HeadList::Place, true))
            .or_else(|| compound(w.key(head)))
            .unwrap_or(OrgKind::Other);
        // An adjective right before the first word belongs to the name
        // without giving a letter: "die Staatliche Betriebsgesellschaft
        // für Umwelt und Landwirtschaft (BfUL)".
        if start > 0
            && w.is_word(start - 1)
            && w.toks[start - 1].is_capitalised()
            && w.feat(start - 1).adjective
            && hits.covered(start - 1).is_none()
            && w.same_sentence(start - 1, start)
        {
            start -= 1;
        }
        let hit = w.pattern_hit(start, k, kind, head);
        let id = hits.orgs.len() as u32;
        hits.mark(start, k, HitKind::Org, id);
        hits.orgs.push(hit);
    }
}

/// "die swb AG", "der enercity AG": a brand written in lowercase before a
/// company's legal form, after an article or preposition (no lowercase
/// word but a brand stands there: a function word or an adjective is
/// not one, "die neue GmbH").
fn lowercase_brands(w: &Walk<'_, '_>, hits: &mut Hits) {
    for &j in &w.legal {
        let j = j as usize;
        let Some(end) = w.legal_form(j) else {
            continue;
        };
        if j < 2 || hits.covered(j).is_some() || hits.covered(j - 1).is_some() {
            continue;
        }
        let b = &w.toks[j - 1];
        let kind = legal_kind(w.key(j));
        if b.kind != TokenKind::Word
            || b.text.len() < 3
            || !b.text.starts_with(|c: char| c.is_ascii_lowercase())
            || !b.text.chars().all(|c| c.is_alphanumeric() || c == '-')
            || w.is_function(j - 1)
            // (by its key: a lowercase word's features say nothing of it)
            || is_adjective(w.key(j - 1))
            || !matches!(kind, OrgKind::Company | OrgKind::Cooperative)
            || !matches!(
                w.key(j - 2),
                "die" | "der" | "des" | "dem" | "den" | "von" | "vom" | "bei" | "beim" | "mit"
            )
        {
            continue;
        }
        let hit = w.pattern_hit(j - 1, end, kind, j - 1);
        let id = hits.orgs.len() as u32;
        hits.mark(j - 1, end, HitKind::Org, id);
        hits.orgs.push(hit);
    }
}

/// "Langform (ACR)" and "ACR (Langform)": the acronym joins the long form.
#[inline(never)]
fn acronyms(w: &Walk<'_, '_>, hits: &mut Hits) {
    let n = hits.orgs.len();
    for o in 0..n {
        let mut end = hits.orgs[o].end;
        // "Westküstenklinikum Brunsbüttel und Heide (WKK)": a name that ends
        // in a place goes on over "und" and a second place when an acronym
        // with the name's first letter follows in brackets.
        if hits.orgs[o].entry.is_none()
            && end > hits.orgs[o].start + 1
            && w.key(end) == "und"
            && w.key(end + 2) == "("
            && w.key(end + 4) == ")"
            && w.is_word(end - 1)
            && w.toks[end - 1].is_capitalised()
            && w.is_word(end + 1)
            && w.toks[end + 1].is_capitalised()
            && !w.is_function(end + 1)
            && (end..end + 4).all(|k| hits.covered(k).is_none())
            && w.is_word(end + 3)
            && is_acronym_like(w.toks[end + 3].text)
            && w.toks[end + 3].text.chars().next() == hits.orgs[o].form.chars().next()
        {
            let start = hits.orgs[o].start;
            let h = &mut hits.orgs[o];
            h.form.push_str(" und ");
            h.form.push_str(w.toks[end + 1].text);
            h.keys.insert(0, w.loose_keys(start, end + 2));
            end += 2;
            h.end = end;
            hits.mark(start, end, HitKind::Org, o as u32);
        }
        // "Langform (ACR)"; an acronym of two words too ("Medienanstalt
        // Hamburg / Schleswig-Holstein (MA HSH)").
        // (or in lowercase with a place's first letters: "Hochschule für
        // Technik und Wirtschaft des Saarlandes (htw saar)")
        let lowercase_pair = |a: &str, b: &str| {
            let form = &hits.orgs[o].form;
            lowercase_acronym(a)
                && letters_in_order(a, form)
                && b.len() >= 3
                && b.bytes().all(|c| c.is_ascii_lowercase())
                && form
                    .split([' ', '-'])
                    .any(|x| x.to_lowercase().starts_with(b))
        };
        if w.key(end) == "("
            && w.key(end + 3) == ")"
            && w.is_word(end + 1)
            && w.is_word(end + 2)
            && ((is_acronym_like(w.toks[end + 1].text) && is_acronym_like(w.toks[end + 2].text))
                || lowercase_pair(w.toks[end + 1].text, w.toks[end + 2].text))
            && (end + 1..end + 3).all(|k| hits.covered(k).is_none())
        {
            let mut keys = vec![w.loose_keys(end + 1, end + 3), hits.orgs[o].keys[0].clone()];
            // "(KAV NW)": the first word alone names the body too, when the
            // second is its Land ("KAV-Hauptgeschäftsführer").
            if land_key(w.key(end + 2)) {
                keys.push(loose(w.key(end + 1)).to_owned());
            }
            let h = OrgHit {
                start: end + 1,
                end: end + 3,
                entry: hits.orgs[o].entry,
                kind: hits.orgs[o].kind,
                form: w.span_text(end + 1, end + 3).to_owned(),
                descriptor: None,
                part: None,
                keys,
            };
            let id = hits.orgs.len() as u32;
            hits.mark(end + 1, end + 3, HitKind::Org, id);
            hits.orgs.push(h);
        } else if w.key(end) == "(" && w.key(end + 2) == ")" && w.is_word(end + 1) {
            let acr = w.toks[end + 1].text;
            // (not a legal form: "Komm.ONE (AöR)")
            if (is_acronym_like(acr)
                || is_camel(acr)
                || lowercase_initials(acr, &hits.orgs[o].form))
                && w.legal_form(end + 1).is_none()
            {
                let key = loose(w.key(end + 1)).to_owned();
                match hits.covered(end + 1) {
                    Some((HitKind::Org, other)) => {
                        // Both known: group them through a shared key.
                        let k = hits.orgs[o].keys[0].clone();
                        hits.orgs[other as usize].keys.push(k);
                    }
                    None => {
                        let h = OrgHit {
                            start: end + 1,
                            end: end + 2,
                            entry: hits.orgs[o].entry,
                            kind: hits.orgs[o].kind,
                            form: acr.to_owned(),
                            descriptor: None,
                            part: None,
                            keys: vec![key, hits.orgs[o].keys[0].clone()],
                        };
                        let id = hits.orgs.len() as u32;
                        hits.mark(end + 1, end + 2, HitKind::Org, id);
                        hits.orgs.push(h);
                    }
                    _ => {}
                }
            }
        }
        // "ACR (Langform)".
        let start = hits.orgs[o].start;
        if start >= 2 && w.key(start - 1) == "(" && w.key(end) == ")" && w.is_word(start - 2) {
            let acr = w.toks[start - 2].text;
            if let Some((HitKind::Org, other)) = hits.covered(start - 2) {
                let k = hits.orgs[o].keys[0].clone();
                hits.orgs[other as usize].keys.push(k);
            } else if is_acronym_like(acr) && hits.covered(start - 2).is_none() {
                let h = OrgHit {
                    start: start - 2,
                    end: start - 1,
                    entry: hits.orgs[o].entry,
                    kind: hits.orgs[o].kind,
                    form: acr.to_owned(),
                    descriptor: None,
                    part: None,
                    keys: vec![
                        loose(w.key(start - 2)).to_owned(),
                        hits.orgs[o].keys[0].clone(),
                    ],
                };
                let id = hits.orgs.len() as u32;
                hits.mark(start - 2, start - 1, HitKind::Org, id);
                hits.orgs.push(h);
            }
        }
    }
}

/// "Verbraucherzentrale Bundesverband (vzbv)": a lowercase acronym in
/// brackets after a name — three to six letters, the name's own in order.
fn lowercase_initials(acr: &str, name: &str) -> bool {
    acr.len() >= 3 && lowercase_acronym(acr) && letters_in_order(acr, name)
}

/// Whether a word is shaped like an acronym written in lowercase ("vzbv",
/// "krz"): at most six ASCII letters, at most one of them a vowel.
fn lowercase_acronym(acr: &str) -> bool {
    acr.len() <= 6
        && acr.bytes().all(|b| b.is_ascii_lowercase())
        && acr.bytes().filter(|b| b"aeiou".contains(b)).count() <= 1
}

/// Whether an acronym's letters are a name's, in order, whatever the case:
/// the first the name's first letter, every other one somewhere after the
/// one before.
fn letters_in_order(acr: &str, name: &str) -> bool {
    let mut letters = name.chars().flat_map(char::to_lowercase);
    let mut acr = acr.chars().flat_map(char::to_lowercase);
    match (acr.next(), letters.next()) {
        (Some(a), Some(l)) if a == l => acr.all(|c| letters.any(|l| l == c)),
        _ => false,
    }
}

/// Parts that start the second half of a compound in a body's name and
/// give an acronym a letter of their own ("Bürgschafts|bank Sachsen" →
/// BBS, "Kieler Verkehrs|gesellschaft" → KVG).
const ACRONYM_PARTS: &[&str] = &[
    "bank",
    "gesellschaft",
    "verband",
    "verein",
    "werk",
    "amt",
    "anstalt",
    "kasse",
    "stelle",
    "zentrum",
    "agentur",
    "bund",
    "kammer",
    "betrieb",
    "dienst",
    "institut",
    "schule",
    "stiftung",
    "genossenschaft",
    "versicherung",
    "verwaltung",
    "behörde",
    "bahn",
    "gericht",
    "ministerium",
];

/// The letters that [`ACRONYM_PARTS`] start with.
const ACRONYM_PART_STARTS: &str = "abdgikmsvwz";

/// "der BBS", "bei der MBG": an acronym that the text never puts in
/// brackets, after an article or preposition, for the one organisation
/// named in the text whose words give its letters in order (each word its
/// first letter, a compound's second part maybe one more; a last place
/// name may give none: "Mittelständische Beteiligungsgesellschaft Sachsen
/// mbH" → MBG). Three letters or more; nothing when two bodies fit.
fn implied_acronyms(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut letters = String::new();
    let mut acronyms: Option<HashMap<String, Option<usize>, Fx>> = None;
    for &i in &w.cap_words {
        let i = i as usize;
        let t = &w.toks[i];
        if hits.covered(i).is_some()
            || t.kind != TokenKind::Word
            || !(3..=5).contains(&t.text.len())
            || !t.text.chars().all(|c| c.is_ascii_uppercase())
            || !i.checked_sub(1).is_some_and(|p| {
                matches!(
                    w.key(p),
                    "der"
                        | "die"
                        | "des"
                        | "dem"
                        | "den"
                        | "beim"
                        | "bei"
                        | "vom"
                        | "von"
                        | "zur"
                        | "zum"
                        | "mit"
                        | "für"
                        | "durch"
                )
            })
        {
            continue;
        }
        // Every acronym each distinct body's words can give, made when
        // the first acronym asks: then one lookup per acronym.
        let acronyms = acronyms.get_or_insert_with(|| {
            let mut seen: std::collections::HashSet<&str, Fx> = Default::default();
            let mut map: HashMap<String, Option<usize>, Fx> = HashMap::default();
            let mut words: Vec<(char, Vec<char>)> = Vec::new();
            let mut letters = String::new();
            for (o, h) in hits.orgs.iter().enumerate() {
                if h.end - h.start < 2
                    || h.kind == OrgKind::Party
                    || !seen.insert(h.keys.first().map_or("", String::as_str))
                {
                    continue;
                }
                words.clear();
                for k in h.start..h.end {
                    let tk = &w.toks[k];
                    if tk.kind != TokenKind::Word
                        || !tk.is_capitalised()
                        || w.legal_form(k).is_some()
                    {
                        continue;
                    }
                    for part in tk.text.split('-').filter(|p| !p.is_empty()) {
                        words.push(initials_of(part));
                    }
                }
                // (each word gives a letter: no more than six words)
                if (2..=6).contains(&words.len()) {
                    acronyms_of(&words, 0, &mut letters, &mut |acr| {
                        claim(&mut map, acr.to_owned(), o);
                    });
                }
            }
            map
        });
        letters.clear();
        letters.extend(t.text.chars().map(|c| c.to_ascii_lowercase()));
        if let Some(&Some(o)) = acronyms.get(letters.as_str()) {
            found.push((i, o));
        }
    }
    for (i, o) in found {
        let src = &hits.orgs[o];
        let h = OrgHit {
            start: i,
            end: i + 1,
            entry: src.entry,
            kind: src.kind,
            form: w.toks[i].text.to_owned(),
            descriptor: None,
            part: None,
            keys: vec![loose(w.key(i)).to_owned(), src.keys[0].clone()],
        };
        let id = hits.orgs.len() as u32;
        hits.mark(i, i + 1, HitKind::Org, id);
        hits.orgs.push(h);
    }
}

/// "Dr.-Ing. Rafael Domínguez Ortega, …" and later "Domínguez Ortega
/// hat …": a capitalised word after a full name is its second surname when
/// the text repeats the two surnames together elsewhere.
fn second_surnames(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut pairs: HashMap<(&str, &str), Vec<usize>, Fx> = HashMap::default();
    for (id, h) in hits.people.iter().enumerate() {
        let e = h.end;
        if h.end >= h.name_start + 2
            && w.is_word(e)
            && w.is_name_word(e)
            && hits.covered(e).is_none()
            && w.first_name_at(e).is_none()
            && !w.is_role_word(e)
            && w.same_sentence(e - 1, e)
        {
            pairs.entry((w.key(e - 1), w.key(e))).or_default().push(id);
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut confirmed: Vec<usize> = Vec::new();
    for i in 1..w.toks.len() {
        if let Some(ids) = pairs.get(&(w.key(i - 1), w.key(i)))
            && hits
                .covered(i - 1)
                .is_none_or(|(kind, id)| kind == HitKind::Person && !ids.contains(&(id as usize)))
        {
            confirmed.extend(ids.iter().copied());
        }
    }
    confirmed.sort_unstable();
    confirmed.dedup();
    for id in confirmed {
        let h = &mut hits.people[id];
        if hits.cover.get(h.end).is_some_and(Option::is_none) {
            h.end += 1;
            let (start, end) = (h.start, h.end);
            hits.mark(start, end, HitKind::Person, id as u32);
        }
    }
}

/// "an der Viadrina" after "Europa-Universität Viadrina": the proper name
/// right after the head of a university's, college's, foundation's or
/// academy's two-word name (feminine heads) names it alone after a
/// feminine article. Not a head noun, a Land or a word shaped like a
/// common noun.
fn short_names(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut names: HashMap<&str, usize, Fx> = HashMap::default();
    for (o, h) in hits.orgs.iter().enumerate() {
        // (the proper name right after the head: not "Hochschule für
        // Musik", whose last word is a common noun)
        if h.end != h.start + 2 || h.end > w.toks.len() {
            continue;
        }
        let last = h.end - 1;
        let feminine = (h.start..last).any(|k| {
            let key = w.key(k);
            ["universität", "hochschule", "stiftung", "akademie"]
                .iter()
                .any(|head| key.ends_with(head))
        });
        let word = w.key(last);
        if feminine
            && w.is_name_word(last)
            && w.toks[last].is_capitalised()
            && !is_acronym_like(w.toks[last].text)
            && !common_noun_shape(word)
            && !LAENDER.contains(&word)
            && w.feat(last).heads.spec.is_none()
            && w.feat(last).heads.place.is_none()
            && w.first_name_at(last).is_none()
        {
            names.entry(word).or_insert(o);
        }
    }
    if names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for &i in &w.cap_words {
        let i = i as usize;
        if hits.covered(i).is_some()
            || i == 0
            || !matches!(w.key(i - 1), "der" | "die")
            || w.tok(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
        {
            continue;
        }
        if let Some(&o) = names.get(w.key(i)) {
            found.push((i, o));
        }
    }
    for (i, o) in found {
        let src = &hits.orgs[o];
        let h = OrgHit {
            start: i,
            end: i + 1,
            entry: src.entry,
            kind: src.kind,
            form: w.toks[i].text.to_owned(),
            descriptor: None,
            part: None,
            keys: vec![src.keys[0].clone()],
        };
        let id = hits.orgs.len() as u32;
        hits.mark(i, i + 1, HitKind::Org, id);
        hits.orgs.push(h);
    }
}

/// "SPD-Fraktion im Hessischen Landtag": the parliament a party's group
/// names is mentioned there too (a listed one, spelled to the group's
/// end), so that its members' mandates find it. Its hit lies inside the
/// group's and covers no token of its own, like a name before a role's
/// hyphen.
fn group_parliaments(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut found = Vec::new();
    for o in &hits.orgs {
        if o.end < o.start + 3 || o.part.is_some() || !w.key(o.start).ends_with("fraktion") {
            continue;
        }
        // ("im Landtag …", "in der Bremischen Bürgerschaft")
        let Some((k, end, form)) = (o.start + 1..o.end - 1)
            .filter(|&k| matches!(w.key(k), "im" | "der"))
            .find_map(|k| {
                let (end, form) = w.org_gazetteer(k + 1)?;
                let f = &w.lex.org_forms[form as usize];
                (end == o.end && w.lex.orgs[f.entry as usize].kind == OrgKind::Parliament)
                    .then_some((k, end, form))
            })
        else {
            continue;
        };
        found.push(listed_hit(w, k + 1, end, form));
    }
    hits.orgs.extend(found);
}

/// "im Bürgeramt der Landeshauptstadt Saarbrücken", "die Ausländerbehörde
/// des Main-Kinzig-Kreises", "der Haushaltsausschuss des Deutschen
/// Bundestages": the town, district or parliament whose office or
/// committee a name is, is mentioned there too, as in
/// [`group_parliaments`] (only for an office's or a committee's head:
/// "Sparkasse der Stadt …" or "Ministerium … des Landes …" name bodies of
/// their own, not units).
fn unit_parents(w: &Walk<'_, '_>, hits: &mut Hits) {
    const UNITS: &[&str] = &[
        "amt",
        "behörde",
        "ausschuss",
        "dezernat",
        "referat",
        "abteilung",
        "fachbereich",
        "büro",
        "stelle",
    ];
    let mut found = Vec::new();
    let mut same: Vec<(usize, Vec<String>)> = Vec::new();
    for (id, o) in hits.orgs.iter().enumerate() {
        if o.end < o.start + 3 || o.part.is_some() || !matches!(w.key(o.start + 1), "des" | "der") {
            continue;
        }
        let head = nominative_head(w.key(o.start));
        // A district's or town's administration named with it in the
        // genitive is that district or town ("die Kreisverwaltung des
        // Rhein-Pfalz-Kreises"): the name meets the body's.
        if matches!(
            head,
            "kreisverwaltung" | "stadtverwaltung" | "gemeindeverwaltung" | "landratsamt"
        ) {
            if let Some(hit) = w.org_pattern(o.start + 2)
                && hit.start == o.start + 2
                && hit.end == o.end
                && hit.kind == OrgKind::Municipality
            {
                same.push((id, hit.keys));
            }
            continue;
        }
        if !UNITS.iter().any(|u| head.ends_with(u)) {
            continue;
        }
        let k = o.start + 2;
        if let Some((end, form)) = w.org_gazetteer(k)
            && end == o.end
            && matches!(
                w.lex.orgs[w.lex.org_forms[form as usize].entry as usize].kind,
                OrgKind::Parliament | OrgKind::Municipality
            )
        {
            found.push(listed_hit(w, k, end, form));
        } else if let Some(hit) = w.org_pattern(k)
            && hit.start == k
            && hit.end == o.end
            && hit.kind == OrgKind::Municipality
        {
            found.push(hit);
        }
    }
    for (id, keys) in same {
        hits.orgs[id].keys.extend(keys);
    }
    hits.orgs.extend(found);
}

/// Whether a title at a parliamentary group is a member's office (its
/// chair, a deputy, a spokesperson for a field, a member), not its staff's
/// ("Pressesprecherin", "Fraktionsreferentin", "Fraktionsgeschäftsführer"):
/// only a member's office gives the holder the group's party.
fn member_office(title: &str) -> bool {
    let t = super::lexicon::fold(title);
    let staff = [
        "presse",
        "referent",
        "mitarbeiter",
        "assistent",
        "büroleiter",
    ]
    .iter()
    .any(|s| t.contains(s))
        || (t.contains("geschäftsführer") && !t.contains("parlamentarisch"));
    !staff
        && (t.contains("fraktion")
            || t.contains("vorsitz")
            || (t.contains("politische") && t.contains("sprecher"))
            || t.starts_with("sprecher für ")
            || t.starts_with("sprecherin für ")
            || t.contains("abgeordnet")
            || t.starts_with("parlamentarisch"))
}

/// The party a parliamentary group's name names: "SPD" in "SPD-Fraktion
/// im Landtag", "BÜNDNIS 90/DIE GRÜNEN" in "Fraktion BÜNDNIS 90/DIE GRÜNEN
/// im Deutschen Bundestag".
fn group_party(name: &str) -> Option<&str> {
    if let Some(rest) = name.strip_prefix("Fraktion ") {
        let rest = rest.strip_prefix("der ").unwrap_or(rest);
        let end = [" im ", " in ", " des ", " der "]
            .iter()
            .filter_map(|s| rest.find(s))
            .min()
            .unwrap_or(rest.len());
        return Some(&rest[..end]).filter(|p| !p.is_empty());
    }
    name.split_once('-').map(|(prefix, _)| prefix)
}

/// The hit of the gazetteer form `form` spelled by tokens `start..end`:
/// named as listed when written so (else as written), with the listed
/// form's key first and the written one's after it (one key when they are
/// the same).
fn listed_hit(w: &Walk<'_, '_>, start: usize, end: usize, form: u32) -> OrgHit {
    let f = &w.lex.org_forms[form as usize];
    let written = w.loose_keys(start, end);
    let (form, keys) = if f.loose == written {
        (f.surface.clone(), vec![written])
    } else {
        (
            w.span_text(start, end).to_owned(),
            vec![f.loose.clone(), written],
        )
    };
    OrgHit {
        start,
        end,
        entry: Some(f.entry),
        kind: w.lex.orgs[f.entry as usize].kind,
        form,
        descriptor: None,
        part: None,
        keys,
    }
}

/// "Verkehrsausschuss" after "Ausschuss für Verkehr", "Digitalausschuss"
/// with "Ausschuss für Digitalisierung und Innovation": a committee's
/// compound joins the one committee of the text whose remit starts like
/// the compound.
fn committee_compounds(w: &Walk<'_, '_>, hits: &mut Hits) {
    let mut joins: Vec<(usize, String)> = Vec::new();
    // The committees with a remit, once per distinct name.
    let mut seen: std::collections::HashSet<&str, Fx> = Default::default();
    let mut remits: Vec<(&str, &str)> = hits
        .orgs
        .iter()
        .filter(|o| {
            o.start + 2 < o.end
                && matches!(w.key(o.start), "ausschuss" | "ausschusses")
                && w.key(o.start + 1) == "für"
                && seen.insert(o.keys[0].as_str())
        })
        .map(|o| (w.key(o.start + 2), o.keys[0].as_str()))
        .collect();
    if remits.is_empty() {
        return;
    }
    // sorted, for the remits that start with a stem; by loose key, for the
    // stems that start with a remit
    remits.sort_unstable();
    let mut by_loose: HashMap<&str, Vec<&str>, Fx> = HashMap::default();
    for &(remit, key) in &remits {
        by_loose.entry(loose(remit)).or_default().push(key);
    }
    let mut memo: HashMap<&str, Option<&str>, Fx> = HashMap::default();
    for (c, h) in hits.orgs.iter().enumerate() {
        // (only a compound without a house of its own: "Bildungsausschuss
        // des Bundestages" is not the Landtag's "Ausschuss für Bildung")
        if h.kind != OrgKind::Parliament || h.entry.is_some() || h.end != h.start + 1 {
            continue;
        }
        let key = w.key(h.start);
        let Some(stem) = key
            .strip_suffix("ausschusses")
            .or_else(|| key.strip_suffix("ausschuss"))
        else {
            continue;
        };
        let stem = stem.strip_suffix('s').unwrap_or(stem);
        if stem.chars().count() < 4 {
            continue;
        }
        let fit = *memo.entry(stem).or_insert_with(|| {
            let from = remits.partition_point(|&(remit, _)| remit < stem);
            let starting = remits[from..]
                .iter()
                .take_while(|(remit, _)| remit.starts_with(stem))
                .map(|&(_, k)| k);
            let started = stem
                .char_indices()
                .skip(1)
                .map(|(b, _)| &stem[..b])
                .chain(std::iter::once(stem))
                .filter_map(|prefix| by_loose.get(prefix))
                .flatten()
                .copied();
            let mut fits = starting.chain(started);
            let first = fits.next()?;
            fits.all(|k| k == first).then_some(first)
        });
        if let Some(k) = fit {
            joins.push((c, k.to_owned()));
        }
    }
    for (c, k) in joins {
        hits.orgs[c].keys.push(k);
    }
}

/// A word's first letter and the letters that start a second part of it
/// ([`ACRONYM_PARTS`]), lowercase (a very long word: its first letter only).
fn initials_of(word: &str) -> (char, Vec<char>) {
    // (lowercased once, as a string: a word's letters are mostly ASCII)
    let lower = word.to_lowercase();
    let first = lower.chars().next().unwrap_or(' ');
    let mut seconds: Vec<char> = Vec::new();
    if lower.chars().count() <= 64 {
        for (p, c) in lower.char_indices().skip(2) {
            // (most letters start no part: asked before the list)
            if ACRONYM_PART_STARTS.contains(c)
                && !seconds.contains(&c)
                && lower
                    .get(p..)
                    .is_some_and(|rest| ACRONYM_PARTS.iter().any(|part| rest.starts_with(part)))
            {
                seconds.push(c);
            }
        }
    }
    (first, seconds)
}

/// Calls `found` with every acronym of three to five letters that
/// `words[wi..]` give after `acr` (see [`implied_acronyms`]): each word its
/// first letter, perhaps one more for a second part; a last word none.
fn acronyms_of(
    words: &[(char, Vec<char>)],
    wi: usize,
    acr: &mut String,
    found: &mut dyn FnMut(&str),
) {
    let Some((first, seconds)) = words.get(wi) else {
        if (3..=5).contains(&acr.chars().count()) {
            found(acr);
        }
        return;
    };
    if wi + 1 == words.len() && wi > 1 && (3..=5).contains(&acr.chars().count()) {
        // a last place name may give no letter
        found(acr);
    }
    if acr.chars().count() >= 5 {
        return;
    }
    let len = acr.len();
    acr.push(*first);
    acronyms_of(words, wi + 1, acr, found);
    if acr.chars().count() < 5 {
        for &c in seconds {
            let with = acr.len();
            acr.push(c);
            acronyms_of(words, wi + 1, acr, found);
            acr.truncate(with);
        }
    }
    acr.truncate(len);
}

struct OrgGroups<'t> {
    orgs: Vec<Organisation<'t>>,
    /// For each org hit, its organisation.
    org_of_hit: Vec<usize>,
    /// For each organisation, the loose keys ([`loose_join`]) of its name
    /// and of each alias, in that order.
    form_keys: Vec<Vec<String>>,
}

/// "der Stadtreinigung Hamburg" after "Stadtreinigung Hamburg AöR": a
/// name of two words or more that the text introduced with its legal form
/// names the body without it too.
fn bare_names(w: &Walk<'_, '_>, hits: &mut Hits) {
    // (the body, the start of its name, the name's length), each name
    // once, found by its first word: a long text repeats its bodies
    let mut names: Vec<(usize, usize, usize)> = Vec::new();
    let mut by_first: HashMap<&str, Vec<usize>, Fx> = HashMap::default();
    let mut seen: std::collections::HashSet<&str, Fx> = Default::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        if h.end - h.start < 3 || h.part.is_some() {
            continue;
        }
        if let Some(k) = (h.start + 2..h.end).find(|&k| w.legal_form(k) == Some(h.end))
            && (h.start..k).all(|m| w.is_word(m) && w.toks[m].is_capitalised() && !w.is_function(m))
            && seen.insert(w.span_text(h.start, k))
        {
            by_first
                .entry(w.toks[h.start].text)
                .or_default()
                .push(names.len());
            names.push((id, h.start, k - h.start));
        }
    }
    if names.is_empty() {
        return;
    }
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut after = 0;
    for &i in &w.cap_words {
        let i = i as usize;
        // (not a sentence's first word, which any noun can be)
        if i < after
            || hits.covered(i).is_some()
            || (w.initial[i] && !is_acronym_like(w.toks[i].text) && !is_camel(w.toks[i].text))
        {
            continue;
        }
        let Some(candidates) = by_first.get(w.toks[i].text) else {
            continue;
        };
        let fits = |&&(_, s, n): &&(usize, usize, usize)| {
            (0..n).all(|m| {
                w.toks
                    .get(i + m)
                    .is_some_and(|t| t.text == w.toks[s + m].text)
                    && hits.covered(i + m).is_none()
            }) && w.legal_form(i + n).is_none()
        };
        if let Some(&(id, _, n)) = candidates.iter().map(|&c| &names[c]).find(fits) {
            found.push((i, n, id));
            after = i + n;
        }
    }
    for (i, n, id) in found {
        let src = &hits.orgs[id];
        let h = OrgHit {
            start: i,
            end: i + n,
            entry: src.entry,
            kind: src.kind,
            form: w.span_text(i, i + n).to_owned(),
            descriptor: None,
            part: None,
            keys: src.keys.clone(),
        };
        let nid = hits.orgs.len() as u32;
        hits.mark(i, i + n, HitKind::Org, nid);
        hits.orgs.push(h);
    }
}

/// Notes `owner` as the one owner (an organisation, a form) a key has; a
/// second, different owner leaves the key with none (`None`: ambiguous).
fn claim<K: std::hash::Hash + Eq, V: PartialEq>(
    map: &mut HashMap<K, Option<V>, Fx>,
    key: K,
    owner: V,
) {
    map.entry(key)
        .and_modify(|e| {
            if e.as_ref().is_some_and(|o| *o != owner) {
                *e = None;
            }
        })
        .or_insert(Some(owner));
}

/// Common names of families of independent regional bodies: alone, each
/// means the one member the text names ("die AOK" in a text on the "AOK
/// Nordost").
const FAMILY_NAMES: &[&str] = &["AOK", "BKK", "IKK"];

/// The generic names of the regional chambers, listed for a text that
/// names no chamber of its own, by family.
const CHAMBERS: &[&[&str]] = &[
    &["Handwerkskammer", "HWK"],
    &["Industrie- und Handelskammer", "IHK"],
];

/// "die Handwerkskammer", "der IHK", written bare in a text that names
/// one regional chamber of the family ("Handwerkskammer Schwerin", "IHK
/// Pfalz"), mean that chamber; of two, the one on the text's first line
/// (the publisher's, "… der Handwerkskammer in Schwerin" in a release of
/// the Handwerkskammer Schwerin that also names another). Only when the
/// bare name's organisation has no other form.
fn chambers(w: &Walk<'_, '_>, hits: &Hits, parent: &mut [usize]) {
    let family = |form: &str| CHAMBERS.iter().copied().find(|f| f.contains(&form));
    if !hits
        .orgs
        .iter()
        .any(|h| h.entry.is_some() && family(&h.form).is_some())
    {
        return;
    }
    let body = w.text.trim_start();
    let first_line = w.text.len() - body.len() + body.find('\n').unwrap_or(body.len());
    for (id, h) in hits.orgs.iter().enumerate() {
        let Some(names) = family(&h.form).filter(|_| h.entry.is_some()) else {
            continue;
        };
        let r = root(parent, id);
        // (a chamber by its region: "IHK Schwaben", "Handwerkskammer
        // Ostmecklenburg-Vorpommern"; not one of its bodies: "IHK Akademie
        // Schwaben")
        let regional = |o: &OrgHit| {
            names.iter().any(|n| {
                o.form
                    .strip_prefix(n)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| {
                        rest.split([' ', '-']).all(|word| {
                            let key = super::lexicon::fold(word);
                            [HeadList::Spec, HeadList::Place, HeadList::Descriptor]
                                .into_iter()
                                .all(|list| head_kind(&key, list, true).is_none())
                        })
                    })
            })
        };
        let (mut one, mut on_first): (Option<Option<usize>>, Option<Option<usize>>) = (None, None);
        let mut alone = true;
        for (other, o) in hits.orgs.iter().enumerate() {
            let ro = root(parent, other);
            if ro == r {
                alone &= names.contains(&o.form.as_str());
                continue;
            }
            if !regional(o) {
                continue;
            }
            let pick = |slot: &mut Option<Option<usize>>| {
                *slot = match *slot {
                    None => Some(Some(ro)),
                    Some(Some(x)) if x == ro => Some(Some(x)),
                    _ => Some(None),
                }
            };
            pick(&mut one);
            if w.toks[o.start].span.start < first_line {
                pick(&mut on_first);
            }
        }
        if !alone {
            continue;
        }
        let target = match one {
            Some(None) => on_first.flatten(),
            one => one.flatten(),
        };
        if let Some(t) = target {
            join(parent, r, t);
        }
    }
}

/// The root of `x`'s group in the union-find `p` over organisation hits
/// ([`group_orgs`]), halving the path on the way.
fn root(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// Puts `x` and `y` in one group of `p` (its root the lower of theirs, so
/// the earlier hit stays the root).
fn join(p: &mut [usize], x: usize, y: usize) {
    let (a, b) = (root(p, x), root(p, y));
    p[a.max(b)] = a.min(b);
}

/// The bodies of two words or more by their first word: the root of the
/// one body (`None` when two differ) and whether it is listed.
type StartingBodies<'a> = HashMap<&'a str, Option<(usize, bool)>, Fx>;

/// Groups organisation hits into organisations; then finds the forms the
/// document established again wherever they stand.
#[inline(never)]
fn group_orgs<'t>(
    w: &Walk<'_, 't>,
    hits: &mut Hits,
    memo: &mut Vec<Option<Option<u32>>>,
) -> OrgGroups<'t> {
    // Doc-level forms: a second pass finds later bare mentions of forms
    // the document introduced ("ZenDiS" after "(ZenDiS)"; an acronym of
    // two words, "MA HSH", by its first).
    let mut forms: HashMap<&str, u32, Fx> = HashMap::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        // (only an acronym of two words written in brackets, not a
        // branch like "DGB NRW"; also in lowercase: "htw saar")
        let two = h.end - h.start == 2
            && h.start > 0
            && w.key(h.start - 1) == "("
            && w.key(h.end) == ")"
            && ((is_acronym_like(w.toks[h.start].text)
                && is_acronym_like(w.toks[h.start + 1].text))
                || (lowercase_acronym(w.toks[h.start].text)
                    && w.toks[h.start + 1]
                        .text
                        .bytes()
                        .all(|c| c.is_ascii_lowercase())));
        if (h.end - h.start == 1 || two) && h.part.is_none() {
            forms.entry(loose(w.key(h.start))).or_insert(id as u32);
        }
    }
    if !forms.is_empty() {
        // A lowercase word can only be a form that does not start with a
        // capital (see `exact` below).
        let capitals_only = forms
            .values()
            .all(|&id| hits.orgs[id as usize].form.starts_with(char::is_uppercase));
        memo.clear();
        // Only capitalised words when every form is capitalised, else
        // every word.
        let caps: &[u32] = if capitals_only { &w.cap_words } else { &[] };
        let every = 0..if capitals_only { 0 } else { w.toks.len() };
        for i in caps.iter().map(|&i| i as usize).chain(every) {
            if hits.covered(i).is_some() || !w.is_word(i) {
                continue;
            }
            if let Some(id) = w.memo(memo, i, |key| forms.get(loose(key)).copied()) {
                let src = &hits.orgs[id as usize];
                let len = src.end - src.start;
                if len == 2
                    && (w.key(i + 1) == w.key(src.start + 1) || !land_key(w.key(src.start + 1)))
                {
                    if w.key(i + 1) == w.key(src.start + 1) && hits.covered(i + 1).is_none() {
                        let h = OrgHit {
                            start: i,
                            end: i + 2,
                            entry: src.entry,
                            kind: src.kind,
                            form: src.form.clone(),
                            descriptor: None,
                            part: None,
                            keys: src.keys.clone(),
                        };
                        let nid = hits.orgs.len() as u32;
                        hits.mark(i, i + 2, HitKind::Org, nid);
                        hits.orgs.push(h);
                    }
                    continue;
                }
                // (the first word of "KAV NW" alone: written as there)
                let form = if len == 2 {
                    w.span_text(src.start, src.start + 1)
                } else {
                    src.form.as_str()
                };
                let exact = w.toks[i].text == form
                    || w.toks[i].text.strip_suffix('s') == Some(form)
                    || (!is_acronym_like(form)
                        && w.toks[i].is_capitalised() == form.starts_with(char::is_uppercase));
                if !exact || (w.initial[i] && !is_acronym_like(form) && !is_camel(form)) {
                    continue;
                }
                let h = OrgHit {
                    start: i,
                    end: i + 1,
                    entry: src.entry,
                    kind: src.kind,
                    form: form.to_owned(),
                    descriptor: None,
                    part: None,
                    keys: src.keys.clone(),
                };
                let nid = hits.orgs.len() as u32;
                hits.mark(i, i + 1, HitKind::Org, nid);
                hits.orgs.push(h);
            }
        }
    }
    bare_names(w, hits);
    // Union-find over shared keys and gazetteer entries.
    let n = hits.orgs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut by_key: HashMap<&str, usize, Fx> = HashMap::default();
    let mut by_entry: HashMap<u32, usize, Fx> = HashMap::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        for k in &h.keys {
            if let Some(&other) = by_key.get(k.as_str()) {
                join(&mut parent, id, other);
            } else {
                by_key.insert(k, id);
            }
        }
        if let Some(e) = h.entry {
            if let Some(&other) = by_entry.get(&e) {
                join(&mut parent, id, other);
            } else {
                by_entry.insert(e, id);
            }
        }
    }
    // A name with its Land at the end meets the same name without it,
    // when one body's name has it so ("Landeszentrale für politische
    // Bildung Sachsen-Anhalt" and "der Landeszentrale für politische
    // Bildung"; "Ministerium für Bildung des Landes Sachsen-Anhalt" and
    // "das Ministerium für Bildung").
    let mut shorter: HashMap<String, Option<usize>, Fx> = HashMap::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        // (so does a Swiss canton's department with its canton: "Bau- und
        // Verkehrsdepartement des Kantons Basel-Stadt" and "des Bau- und
        // Verkehrsdepartements")
        if h.part.is_none()
            && let Some(k) = (h.start + 2..h.end.saturating_sub(1))
                .find(|&k| w.key(k) == "kantons" && w.key(k - 1) == "des")
            && {
                let head = nominative_head(w.key(k - 2));
                head.ends_with("departement") || head.ends_with("direktion")
            }
        {
            let root_id = root(&mut parent, id);
            claim(&mut shorter, w.loose_keys(h.start, k - 1), root_id);
            continue;
        }
        if h.end - h.start < 3 || h.part.is_some() || !land_key(w.key(h.end - 1)) {
            continue;
        }
        let cut = if w.key(h.end - 2) == "landes" && matches!(w.key(h.end - 3), "des" | "der") {
            h.end - 3
        } else {
            h.end - 1
        };
        // (a name of two words or more, with a word for a field: not
        // "Stadt Sachsen" or "Landtag Sachsen-Anhalt" by its head alone)
        if cut < h.start + 2 || !(h.start..cut).any(|k| w.key(k) == "für") {
            continue;
        }
        let root_id = root(&mut parent, id);
        claim(&mut shorter, w.loose_keys(h.start, cut), root_id);
    }
    // So does a church's local body with its confession before the head,
    // or its town after a saint's name, and without them ("Katholische
    // Kirchengemeinde St. Petrus Bonn", "der Kirchengemeinde St. Petrus").
    for (id, h) in hits.orgs.iter().enumerate() {
        let head = h.start + usize::from(w.is_confession(h.start));
        if h.end < head + 2
            || h.part.is_some()
            || !matches!(
                w.key(head),
                "kirchengemeinde" | "pfarrgemeinde" | "pfarrei" | "kirchenkreis" | "dekanat"
            )
        {
            continue;
        }
        let root_id = root(&mut parent, id);
        let town = is_saint_prefix(w.key(head + 1)) && h.end == head + 4;
        let cores = [
            (head > h.start).then(|| w.loose_keys(head, h.end)),
            town.then(|| w.loose_keys(h.start, h.end - 1)),
            (town && head > h.start).then(|| w.loose_keys(head, h.end - 1)),
        ];
        for core in cores.into_iter().flatten() {
            claim(&mut shorter, core, root_id);
        }
    }
    if !shorter.is_empty() {
        for id in 0..n {
            let one = hits.orgs[id]
                .keys
                .first()
                .and_then(|k| shorter.get(k.as_str()))
                .copied()
                .flatten();
            if let Some(long) = one {
                join(&mut parent, id, long);
            }
        }
    }
    // A party's group in a Landtag by its long name and by the compound
    // ("SPD-Fraktion im Schleswig-Holsteinischen Landtag" and "die
    // SPD-Landtagsfraktion"), when the text names one such group of the
    // party.
    let mut groups: HashMap<&str, Option<usize>, Fx> = HashMap::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        let first = w.key(h.start);
        if h.end >= h.start + 3
            && h.part.is_none()
            && w.key(h.start + 1) == "im"
            && w.key(h.end - 1).starts_with("landtag")
            && let Some(party) = first.strip_suffix("-fraktion")
        {
            let r = root(&mut parent, id);
            claim(&mut groups, party, r);
        }
    }
    if !groups.is_empty() {
        for id in 0..n {
            let h = &hits.orgs[id];
            if h.end == h.start + 1
                && let Some(party) = w.key(h.start).strip_suffix("-landtagsfraktion")
                && let Some(&Some(g)) = groups.get(party)
            {
                join(&mut parent, id, g);
            }
        }
    }
    // Acronyms that name one body without brackets: a name ending in its
    // acronym meets the short form that ends in it too and the bare acronym
    // ("Fraunhofer-Institut für Windenergiesysteme IWES", "Fraunhofer
    // IWES", "IWES"; four capitals or more, so that no Land's "NRW" joins
    // two bodies).
    let capitals = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_uppercase());
    let mut tails: Vec<(&str, usize)> = Vec::new();
    for (id, h) in hits.orgs.iter().enumerate() {
        let last = w.toks[h.end - 1].text;
        if last.len() >= 4 && capitals(last) && (h.end - h.start >= 2 || h.form == last) {
            tails.push((last, id));
        }
    }
    for (n, &(acr, this)) in tails.iter().enumerate() {
        for &(other_acr, other) in &tails[n + 1..] {
            if acr == other_acr {
                join(&mut parent, this, other);
            }
        }
    }
    // An acronym before a place meets the long form before the same place
    // whose words give its letters: "IHK Frankfurt am Main" and
    // "Industrie- und Handelskammer Frankfurt am Main", "DGB Bayern" and
    // "Deutscher Gewerkschaftsbund Bayern".
    // (each short form once: its mentions share their keys)
    let mut short: Vec<(usize, String, usize)> = Vec::new();
    let mut short_seen: std::collections::HashSet<&str, Fx> = Default::default();
    for (id, h) in hits.orgs.iter().enumerate() {
        let acr = w.toks[h.start].text;
        if h.end - h.start >= 2
            && h.part.is_none()
            && is_acronym_like(acr)
            && (3..=5).contains(&acr.chars().count())
            && acr.chars().all(char::is_alphabetic)
            && short_seen.insert(w.span_text(h.start, h.end))
        {
            short.push((id, acr.to_lowercase(), h.end - h.start - 1));
        }
    }
    if !short.is_empty() {
        // (each long form once, by its first key; nothing when the letters
        // fit two bodies)
        let mut seen: std::collections::HashSet<&str, Fx> = Default::default();
        let mut letters = String::new();
        let mut words: Vec<(char, Vec<char>)> = Vec::new();
        let mut fit: Vec<Option<Option<usize>>> = vec![None; short.len()];
        for id in 0..n {
            let h = &hits.orgs[id];
            if is_acronym_like(w.toks[h.start].text)
                || h.kind == OrgKind::Party
                || !seen.insert(h.keys.first().map_or("", String::as_str))
            {
                continue;
            }
            for (x, (s, acr, places)) in short.iter().enumerate() {
                let (s, places) = (*s, *places);
                let src = &hits.orgs[s];
                if h.end - h.start <= places + 1
                    || w.span_text(h.end - places, h.end) != w.span_text(src.start + 1, src.end)
                {
                    continue;
                }
                words.clear();
                for k in h.start..h.end - places {
                    let tk = &w.toks[k];
                    if tk.kind == TokenKind::Word
                        && tk.is_capitalised()
                        && w.legal_form(k).is_none()
                    {
                        for part in tk.text.split('-').filter(|p| !p.is_empty()) {
                            words.push(initials_of(part));
                        }
                    }
                }
                if !(2..=5).contains(&words.len()) {
                    continue;
                }
                let mut fits = false;
                letters.clear();
                acronyms_of(&words, 0, &mut letters, &mut |a| fits |= a == acr);
                if fits {
                    let r = root(&mut parent, id);
                    fit[x] = match fit[x] {
                        None => Some(Some(r)),
                        Some(Some(o)) if o == r => Some(Some(o)),
                        _ => Some(None),
                    };
                }
            }
        }
        for (x, (s, _, _)) in short.iter().enumerate() {
            if let Some(Some(r)) = fit[x] {
                join(&mut parent, *s, r);
            }
        }
    }
    // An unlisted short form before a role's hyphen or alone names the
    // one body whose name starts with it ("TU-Präsidentin" with "TU
    // Ilmenau", "AOK-Chef" with "AOK Nordost", "der StädteRegion" with
    // "StädteRegion Aachen"); nothing when two bodies fit. (The bodies
    // by their first word, made once: `None` when two differ; with
    // whether the body is listed.)
    //
    // So does a listed one that is the common name of a family of
    // independent regional bodies ([`FAMILY_NAMES`]) and that the text
    // names in no other form, when the body that starts with it is listed
    // too: "die AOK" with "AOK Nordost" (not a group's name with its
    // subsidiary: "DB" with "DB Cargo AG", "RTL" with "RTL Group").
    let mut starting: Option<StartingBodies<'_>> = None;
    // Per root: the one form its hits have, or `None` when they differ.
    let mut one_form: Option<HashMap<usize, Option<&str>, Fx>> = None;
    for id in 0..n {
        let h = &hits.orgs[id];
        let alone = h.end - h.start == 1 && (is_camel(&h.form) || is_acronym_like(&h.form));
        if !(h.part.is_some() || alone) {
            continue;
        }
        let listed = h.entry.is_some();
        if listed && !FAMILY_NAMES.contains(&h.form.as_str()) {
            continue;
        }
        if listed {
            let one_form = one_form.get_or_insert_with(|| {
                let mut map: HashMap<usize, Option<&str>, Fx> = HashMap::default();
                for (other, o) in hits.orgs.iter().enumerate() {
                    let r = root(&mut parent, other);
                    claim(&mut map, r, o.form.as_str());
                }
                map
            });
            let r = root(&mut parent, id);
            if one_form.get(&r).is_some_and(Option::is_none) {
                continue;
            }
        }
        let starting = starting.get_or_insert_with(|| {
            let mut map: StartingBodies<'_> = HashMap::default();
            for (other, o) in hits.orgs.iter().enumerate() {
                if o.end - o.start >= 2 && o.part.is_none() {
                    let r = root(&mut parent, other);
                    map.entry(w.toks[o.start].text)
                        .and_modify(|f| {
                            if f.is_some_and(|(f, _)| root(&mut parent, f) != r) {
                                *f = None;
                            }
                        })
                        .or_insert(Some((r, o.entry.is_some())));
                }
            }
            map
        });
        if let Some(&Some((f, target_listed))) = starting.get(h.form.as_str())
            && (!listed || target_listed)
        {
            join(&mut parent, id, f);
        }
    }
    chambers(w, hits, &mut parent);
    // Order of first mention.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&id| hits.orgs[id].start);
    // Each root hit's organisation (`usize::MAX`: none yet).
    let mut index_of_root = vec![usize::MAX; n];
    let mut orgs: Vec<Organisation<'t>> = Vec::new();
    let mut org_of_hit = vec![0usize; n];
    // Each organisation's forms: (form, is a descriptor, length in tokens).
    let mut names: Vec<Vec<(&str, bool, usize)>> = Vec::new();
    for &id in &order {
        let r = root(&mut parent, id);
        let h = &hits.orgs[id];
        let idx = match index_of_root.get_mut(r) {
            Some(idx) if *idx != usize::MAX => *idx,
            slot => {
                orgs.push(Organisation {
                    name: String::new(),
                    aliases: Vec::new(),
                    kind: h.kind,
                    mentions: Vec::new(),
                });
                names.push(Vec::new());
                if let Some(slot) = slot {
                    *slot = orgs.len() - 1;
                }
                orgs.len() - 1
            }
        };
        org_of_hit[id] = idx;
        let o = &mut orgs[idx];
        // (a listed form, or an unlisted one of any kind but a party)
        if o.kind == OrgKind::Other && (h.entry.is_some() || h.kind != OrgKind::Party) {
            o.kind = h.kind;
        }
        let mut span = Span::new(w.toks[h.start].span.start, w.toks[h.end - 1].span.end);
        if let Some(len) = h.part {
            span = Span::new(span.start, span.start + len);
        }
        o.mentions.push(Mention {
            text: &w.text[span.range()],
            span,
        });
        names[idx].push((&h.form, false, h.end - h.start));
        if let Some(d) = &h.descriptor {
            names[idx].push((d, true, usize::MAX));
        }
    }
    let mut form_keys = Vec::with_capacity(orgs.len());
    for (o, forms) in orgs.iter_mut().zip(names) {
        // The name: the longest form that is a name (not a descriptor),
        // preferring one with more words; aliases: the other forms.
        // (a district's or town's administration names it only when the
        // text names it no other way)
        let best = forms
            .iter()
            .filter(|f| !f.1)
            .max_by_key(|f| {
                let office = ["Landratsamt ", "Kreisverwaltung ", "Stadtverwaltung "]
                    .iter()
                    .any(|p| f.0.starts_with(p));
                (!office, f.2, f.0.len())
            })
            .map(|f| f.0.to_owned())
            .unwrap_or_default();
        let best_key = loose_join(&best);
        let mut seen = vec![best_key];
        // the name itself has its key in `seen` already
        let mut done: Vec<&str> = vec![best.as_str()];
        for (form, _, _) in &forms {
            // A form written again has the key it had.
            if done.contains(form) {
                continue;
            }
            done.push(form);
            let k = loose_join(form);
            if !seen.contains(&k) {
                seen.push(k);
                o.aliases.push((*form).to_owned());
            }
        }
        o.name = best;
        o.mentions.sort_by_key(|m| m.span.start);
        // one key per alias after the name's: an alias is a form whose key was new
        form_keys.push(seen);
    }
    OrgGroups {
        orgs,
        org_of_hit,
        form_keys,
    }
}

/// Groups person hits into people; adds later surname-only mentions.
/// Returns the people (name, mentions) and each person hit's person.
#[allow(clippy::type_complexity)]
#[inline(never)]
fn group_people<'t>(
    w: &Walk<'_, 't>,
    hits: &mut Hits,
    memo: &mut Vec<Option<Option<u32>>>,
) -> (Vec<(String, Vec<Mention<'t>>)>, Vec<usize>) {
    second_surnames(w, hits);
    let mut people: Vec<(String, Vec<Mention<'t>>, String)> = Vec::new(); // name, mentions, surname key
    let mut person_of_hit = vec![usize::MAX; hits.people.len()];
    let name_of = |h: &PersonHit| -> (String, String) {
        let mut name = w.span_text(h.name_start, h.end).replace(['\n', '\r'], " ");
        // "Melanies Eltern": the name is "Melanie".
        if h.end == h.name_start + 1 && w.saxon_genitive(h.name_start) {
            name.pop();
        }
        let surname = w.key(h.end - 1).trim_end_matches("’s").to_owned();
        (name, surname)
    };
    // Full names first, then single words resolve to them.
    let mut by_name: HashMap<String, usize, Fx> = HashMap::default();
    let mut by_surname: HashMap<String, usize, Fx> = HashMap::default();
    let mut single_by_surname: HashMap<String, usize, Fx> = HashMap::default();
    for pass in [false, true] {
        for (id, h) in hits.people.iter().enumerate() {
            let single = h.end - h.name_start == 1;
            if single != pass {
                continue;
            }
            let (name, surname) = name_of(h);
            let lname = super::lexicon::fold(&name);
            let found = if single {
                let key = w.key(h.name_start);
                by_surname
                    .get(key)
                    .or_else(|| key.strip_suffix('s').and_then(|k| by_surname.get(k)))
                    .or_else(|| by_name.get(key))
                    // "Merkel" and "Merkels Kabinett"
                    .or_else(|| by_name.get(&lname))
                    .copied()
            } else {
                // "so van der Meulen": a surname with its particles only
                // meets the full name.
                let particles_only = !w.toks[h.name_start].is_capitalised();
                // "Domínguez Ortega" after "Rafael Domínguez Ortega": the
                // end of a fuller name.
                let tail_of = |idx: &&usize| {
                    let full = super::lexicon::fold(&people[**idx].0);
                    full.len() > lname.len()
                        && full.ends_with(lname.as_str())
                        && full[..full.len() - lname.len()].ends_with(' ')
                };
                by_name
                    .get(&lname)
                    .or_else(|| single_by_surname.get(&surname))
                    .or_else(|| particles_only.then(|| by_surname.get(&surname)).flatten())
                    .or_else(|| by_surname.get(&surname).filter(tail_of))
                    .copied()
            };
            let idx = match found {
                Some(idx) => {
                    if !single
                        && people[idx].0.split_whitespace().count()
                            < name.split_whitespace().count()
                    {
                        people[idx].0 = name;
                        by_name.insert(lname, idx);
                        by_surname.entry(surname).or_insert(idx);
                    }
                    idx
                }
                None => {
                    let idx = people.len();
                    by_name.insert(lname, idx);
                    if single {
                        single_by_surname.entry(surname.clone()).or_insert(idx);
                    } else {
                        by_surname.entry(surname.clone()).or_insert(idx);
                    }
                    people.push((name, Vec::new(), surname));
                    idx
                }
            };
            person_of_hit[id] = idx;
            // An honorific is no part of the mention ("Frau Anita Gibson"
            // → "Anita Gibson"); academic titles are ("Dr. Weber"), and so
            // are "Lady" and "Lord", which are used as part of a name.
            let mut first = h.start;
            if h.name_start > h.start
                && HONORIFICS.contains(&w.key(h.start))
                && !matches!(w.key(h.start), "lady" | "lord")
            {
                first += 1;
                if first < h.name_start && w.toks[first].text == "." {
                    first += 1;
                }
            }
            let span = Span::new(w.toks[first].span.start, w.toks[h.end - 1].span.end);
            people[idx].1.push(Mention {
                text: &w.text[span.range()],
                span,
            });
        }
    }
    // Later (and earlier) surname-only mentions.
    if !people.is_empty() {
        let mut by_surname: HashMap<String, usize, Fx> = HashMap::default();
        for (idx, p) in people.iter().enumerate() {
            if p.0.split_whitespace().count() >= 2 {
                by_surname.entry(p.2.clone()).or_insert(idx);
            }
        }
        memo.clear();
        // Only capitalised words can be a surname mention: the walk visits
        // those, unless no full name gave a surname to look for.
        let words: &[u32] = if by_surname.is_empty() {
            &[]
        } else {
            &w.cap_words
        };
        // (a surname joined to another by "&" or "+" names a firm:
        // "Nieding+Barth", "Gerkan & Marg")
        let in_firm =
            |i: usize| i.checked_sub(1).is_some_and(|p| w.joins_firm(p)) || w.joins_firm(i + 1);
        for &i in words {
            let i = i as usize;
            // (a double surname ending in a role word reads as a role
            // compound in the walk: "Nowak-Richter" after "Jakub
            // Nowak-Richter" is his mention)
            let role = match hits.covered(i) {
                None => None,
                Some((HitKind::Role, id))
                    if w.toks[i].text.contains('-')
                        && hits.roles[id as usize].start == i
                        && hits.roles[id as usize].end == i + 1 =>
                {
                    Some(id as usize)
                }
                Some(_) => continue,
            };
            if !w.is_name_word(i) || in_firm(i) {
                continue;
            }
            let idx = w.memo(memo, i, |key| {
                by_surname
                    .get(key)
                    .or_else(|| key.strip_suffix('s').and_then(|k| by_surname.get(k)))
                    .map(|&idx| idx as u32)
            });
            if let Some(idx) = idx.map(|idx| idx as usize) {
                // "von der Leyen": the particles belong to the mention; so
                // does the first of two surnames ("Domínguez Ortega").
                let mut first = i;
                while first > 0
                    && hits.covered(first - 1).is_none()
                    && (matches!(
                        w.key(first - 1),
                        "von" | "der" | "zu" | "van" | "de" | "vom" | "zum"
                    ) || (first == i && w.is_name_word(first - 1)))
                    && w.toks[first - 1].kind == TokenKind::Word
                    && i - first < 3
                    && people[idx]
                        .0
                        .contains(&format!("{} ", w.toks[first - 1].text))
                {
                    first -= 1;
                }
                if let Some(r) = role {
                    if !people[idx].0.ends_with(w.toks[i].text) {
                        continue;
                    }
                    // (no role any more: see `link_roles`)
                    hits.roles[r].end = hits.roles[r].start;
                }
                let span = Span::new(w.toks[first].span.start, w.toks[i].span.end);
                people[idx].1.push(Mention {
                    text: &w.text[span.range()],
                    span,
                });
                let id = hits.people.len();
                hits.people.push(PersonHit {
                    start: first,
                    end: i + 1,
                    name_start: first,
                    sex: b'u',
                });
                hits.mark(first, i + 1, HitKind::Person, id as u32);
                person_of_hit.push(idx);
            }
        }
    }
    for p in &mut people {
        p.1.sort_by_key(|m| m.span.start);
    }
    // In order of first mention: a lone name may come before the full
    // names that were grouped first.
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by_key(|&p| people[p].1.first().map_or(usize::MAX, |m| m.span.start));
    if order.iter().enumerate().any(|(n, &p)| n != p) {
        let mut new_index = vec![0usize; people.len()];
        for (n, &p) in order.iter().enumerate() {
            new_index[p] = n;
        }
        for p in &mut person_of_hit {
            if *p != usize::MAX {
                *p = new_index[*p];
            }
        }
        let mut slots: Vec<Option<(String, Vec<Mention<'t>>, String)>> =
            people.into_iter().map(Some).collect();
        people = order.iter().filter_map(|&p| slots[p].take()).collect();
    }
    (
        people.into_iter().map(|p| (p.0, p.1)).collect(),
        person_of_hit,
    )
}

/// The loose keys of the words of each organisation's name.
fn org_name_words(orgs: &[Organisation<'_>]) -> Vec<Vec<String>> {
    orgs.iter()
        .map(|o| {
            crate::tokenize(&o.name)
                .map(|t| {
                    // folded, then cut to its loose stem (a prefix)
                    let mut key = String::with_capacity(t.text.len());
                    super::lexicon::fold_into(t.text, &mut key);
                    key.truncate(loose(&key).len());
                    key
                })
                .collect()
        })
        .collect()
}

/// Binds roles to people and organisations; fills `ents.roles`,
/// `Person::roles` and `Person::party`. Returns each role hit's role.
fn link_roles<'t>(
    w: &Walk<'_, 't>,
    hits: &Hits,
    org_of_hit: &[usize],
    form_keys: &[Vec<String>],
    person_of_hit: &[usize],
    ents: &mut Entities<'t>,
) -> Vec<Option<usize>> {
    // Every form of every organisation, by loose key: computed once,
    // looked up per role. The loose keys of each name's words
    // ([`org_name_words`]) only when a role asks for them.
    let mut forms: HashMap<&str, usize, Fx> = HashMap::default();
    for n in 0..ents.organisations.len() {
        for key in form_keys.get(n).into_iter().flatten() {
            forms.entry(key).or_insert(n);
        }
    }
    let mut name_words: Option<Vec<Vec<String>>> = None;
    let org_by_form = |_: &Entities<'_>, form: &str| -> Option<usize> {
        forms.get(loose_join(form).as_str()).copied()
    };
    // The party of a parliamentary group `org` ([`group_party`]) for a
    // member's office there ([`member_office`]), when the text names it.
    let party_of_group = |ents: &Entities<'_>, org: Option<usize>, title: &str| {
        let o = org.filter(|&o| ents.organisations[o].kind == OrgKind::Parliament)?;
        let q = org_by_form(ents, group_party(&ents.organisations[o].name)?)?;
        (ents.organisations[q].kind == OrgKind::Party && member_office(title)).then_some(q)
    };
    let org_at = |i: usize| -> Option<usize> {
        match hits.covered(i) {
            Some((HitKind::Org, id)) if hits.orgs[id as usize].start == i => {
                Some(org_of_hit[id as usize])
            }
            _ => None,
        }
    };
    let person_at = |i: usize| -> Option<usize> {
        match hits.covered(i) {
            Some((HitKind::Person, id)) if hits.people[id as usize].start == i => {
                Some(person_of_hit[id as usize]).filter(|&p| p != usize::MAX)
            }
            _ => None,
        }
    };
    let person_ending = |i: usize| -> Option<usize> {
        match hits.covered(i) {
            Some((HitKind::Person, id)) if hits.people[id as usize].end == i + 1 => {
                Some(person_of_hit[id as usize]).filter(|&p| p != usize::MAX)
            }
            _ => None,
        }
    };
    let offices = if hits.roles.is_empty() {
        Offices::default()
    } else {
        offices_of(ents)
    };
    let mut role_of_hit = vec![None; hits.roles.len()];
    let mut pending_refs: Vec<usize> = Vec::new();
    // First each role's organisation, party, where its phrase ends, and
    // whether the role's own last words named its organisation.
    let mut bound: Vec<(Option<usize>, Option<usize>, usize, bool)> =
        Vec::with_capacity(hits.roles.len());
    for r in &hits.roles {
        let mut org = None;
        let mut party = None;
        // (a role taken back as a surname: see `group_people`)
        if r.end <= r.start {
            bound.push((None, None, r.end, false));
            continue;
        }
        if let Some(pre) = &r.prefix {
            let o = org_by_form(ents, pre);
            if let Some(o) = o {
                if ents.organisations[o].kind == OrgKind::Party {
                    party = Some(o);
                } else {
                    org = Some(o);
                }
            }
        }
        // "CFO des DigitalService", "Präsidentin des BSI", "Direktor beim
        // Landtag", "Leiterin des kantonalen Steueramtes".
        let mut after = r.end;
        // "Die Chief Digital Officer (CDO) des Landes Berlin, …": over the
        // title's acronym in brackets.
        if w.key(after) == "("
            && w.key(after + 2) == ")"
            && w.is_word(after + 1)
            && is_acronym_like(w.toks[after + 1].text)
            && hits
                .covered(after + 1)
                .is_none_or(|(kind, _)| kind == HitKind::Role)
            && matches!(
                w.key(after + 3),
                "des" | "der" | "von" | "im" | "beim" | "am"
            )
        {
            after += 3;
        }
        // "Vorsitzende des Vorstands von Dataport": over a board to its
        // body.
        if matches!(w.key(after), "des" | "der")
            && matches!(
                nominative_head(w.key(after + 1)),
                "vorstand"
                    | "aufsichtsrat"
                    | "verwaltungsrat"
                    | "präsidium"
                    | "direktorium"
                    | "kuratorium"
                    | "stiftungsrat"
                    | "beirat"
                    | "geschäftsführung"
                    | "geschäftsleitung"
                    | "leitung"
            )
            && matches!(w.key(after + 2), "von" | "der" | "des")
        {
            after += 2;
        }
        // "Der Vorsitzende des Verwaltungsrats, Landrat …": a board the
        // text does not name the body of is the board of the first
        // company, association or institution the text names (mostly the
        // sender).
        let board_of_first = || {
            ents.organisations
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    !matches!(
                        o.kind,
                        OrgKind::Party
                            | OrgKind::Municipality
                            | OrgKind::Government
                            | OrgKind::Parliament
                            | OrgKind::Ministry
                            | OrgKind::Court
                    )
                })
                .filter_map(|(n, o)| Some((o.mentions.first()?.span.start, n)))
                .min()
                .map(|(_, n)| n)
        };
        if org.is_none()
            && matches!(w.key(r.end), "des" | "der")
            && matches!(
                nominative_head(w.key(r.end + 1)),
                "aufsichtsrat" | "verwaltungsrat" | "stiftungsrat" | "kuratorium"
            )
            && !matches!(w.key(r.end + 2), "von" | "der" | "des")
        {
            org = board_of_first();
        }
        // "Geschäftsführerin Medizin der GeNo", "Der Abteilungsleiter Markt
        // und Integration der Regionaldirektion, …": over a department's
        // words to the body (for a role that heads departments).
        let department_end = (after + 1..(after + 5).min(w.toks.len())).find(|&d| {
            matches!(w.key(d), "des" | "der")
                && (after..d).all(|j| {
                    w.is_word(j)
                        && ((w.toks[j].is_capitalised()
                            && w.feat(j).first_name.is_none()
                            && org_at(j).is_none())
                            || (j > after && matches!(w.key(j), "und" | "&")))
                })
        });
        if let Some(d) = department_end
            && (org_at(d + 1).is_some()
                || head_reference(
                    w,
                    d + 1,
                    hits,
                    ents,
                    name_words.get_or_insert_with(|| org_name_words(&ents.organisations)),
                )
                .is_some())
            && {
                let t = super::lexicon::fold(&r.title);
                t.ends_with("geschäftsführer")
                    || t.ends_with("geschäftsführerin")
                    || t.starts_with("vorstand")
                    || t.ends_with("leiter")
                    || t.ends_with("leiterin")
                    || t.contains("direktor")
            }
        {
            after = d;
        }
        // ("Staatssekretärin in der Staatskanzlei des Saarlandes",
        // "Professorin für Öffentliches Recht an der Viadrina")
        let in_article =
            matches!(w.key(after), "in" | "an") && matches!(w.key(after + 1), "der" | "dem");
        if in_article
            || matches!(
                w.key(after),
                "des" | "der" | "von" | "vom" | "bei" | "beim" | "im" | "am"
            )
        {
            let mut k = after + 1;
            if matches!(w.key(k), "der" | "dem" | "den") {
                k += 1;
            }
            if let Some(o) = org_at(k) {
                org.get_or_insert(o);
                if let Some((_, id)) = hits.covered(k) {
                    after = hits.orgs[id as usize].end;
                }
                // "Präsidentin der Industrie- und Handelskammer zu Berlin
                // (IHK Berlin), Dr. Clara …": the acronym in brackets
                // belongs to the phrase.
                if w.toks
                    .get(after)
                    .is_some_and(|t| t.kind == TokenKind::OpenBracket)
                    && let Some(close) = (after + 2..(after + 6).min(w.toks.len()))
                        .find(|&c| w.toks[c].kind == TokenKind::CloseBracket)
                    && (after + 1..close)
                        .all(|c| hits.covered(c).is_some_and(|(h, _)| h == HitKind::Org))
                {
                    after = close + 1;
                }
            } else if w.key(k) == "landes"
                && !w
                    .tok(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
                && let Some(o) = sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                    o.kind == OrgKind::Government
                        && !o.mentions.is_empty()
                        && (o.name.contains("regierung")
                            || o.name.starts_with("Land ")
                            || o.name.starts_with("Freistaat "))
                }))
            {
                // "CIO des Landes": the Land's government, when the text
                // names one.
                org.get_or_insert(o);
                after = k + 1;
            } else if let Some((o, end)) = head_reference(
                w,
                k,
                hits,
                ents,
                name_words.get_or_insert_with(|| org_name_words(&ents.organisations)),
            )
            .or_else(|| generic_reference(w, k, hits, ents))
            {
                org.get_or_insert(o);
                after = end;
            }
        }
        // "Anna Beck, Leiterin Landesamt für Umwelt, …", "Pressesprecher
        // Mainova AG" on a contact line: a body right after a title in
        // apposition or at a line's start, with no article, as contact
        // lines and captions write it (not "dankte der Ministerpräsident
        // Volkswagen für …").
        if org.is_none()
            && after == r.end
            && w.after_name(r.start)
            && w.same_sentence(r.end - 1, r.end)
            && let Some(o) = org_at(r.end)
            && ents.organisations[o].kind != OrgKind::Party
            && let Some((_, id)) = hits.covered(r.end)
        {
            org = Some(o);
            after = hits.orgs[id as usize].end;
        }
        // "Chefin der Staatskanzlei": a listed role whose last words name
        // the body it belongs to, when the document names that body, is
        // the office ("Chefin") of that organisation, as "Präsidentin des
        // BSI" is.
        let mut names_body = false;
        if org.is_none()
            && r.end >= r.start + 3
            && matches!(w.key(r.end - 2), "der" | "des")
            && w.toks[r.end - 1].is_capitalised()
        {
            org = org_with_head(
                w,
                r.end - 1,
                name_words.get_or_insert_with(|| org_name_words(&ents.organisations)),
            );
            names_body = org.is_some();
        }
        // "Staatssekretärin für Bauen": the portfolio belongs to the title.
        // "Bundesinnenministerin", "Bundesministerin für Digitales und
        // Verkehr": the ministry, if the document names it.
        if org.is_none()
            && let Some(m) = &r.ministry
        {
            org = forms.get(loose_join(m).as_str()).copied();
            if org.is_none() {
                org = ministry_by_entry(w, m, hits, org_of_hit);
            }
        }
        // "Staatssekretärin für Bauen" in a release of the "Senatsverwaltung
        // für Stadtentwicklung, Bauen und Wohnen": the one ministry or
        // government body of the text whose name holds every word of the
        // portfolio, for the offices of a ministry (not "Bezirksstadtrat
        // für Stadtentwicklung").
        if org.is_none()
            && let Some((head, portfolio)) = r.title.split_once(" für ")
            && {
                let head = super::lexicon::fold(head);
                let head = head.strip_suffix("in").unwrap_or(&head);
                ["staatssekretär", "minister", "senator"]
                    .iter()
                    .any(|h| head.ends_with(h))
            }
        {
            org = org_with_portfolio(
                portfolio,
                ents,
                name_words.get_or_insert_with(|| org_name_words(&ents.organisations)),
            );
        }
        // "die bildungspolitische Sprecherin", "Sprecher für Verkehr": a
        // group's spokesperson for a field belongs to the party group that
        // issues the release: the one group the text names, named more
        // than once, before any other body but a party or in the contact
        // block at the end (not the group another's release answers: "Zum
        // Antrag der AfD-Fraktion erklärt die bildungspolitische Sprecherin
        // …"); and no body's genitive follows the title ("Sprecher für
        // Verkehr der Grünen").
        if org.is_none()
            && party.is_none()
            && r.title.contains("precher")
            && !matches!(w.key(r.end), "der" | "des" | "von" | "vom")
            && {
                let t = super::lexicon::fold(&r.title);
                ((t.contains("politische") && t.contains("sprecher"))
                    || (matches!(t.split(' ').next(), Some("sprecher" | "sprecherin"))
                        && t.contains(" für ")))
                    && !t.contains("presse")
            }
        {
            let first = |o: &Organisation<'_>| o.mentions.first().map(|m| m.span.start);
            org = sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                o.kind == OrgKind::Parliament
                    && o.mentions.len() >= 2
                    && super::lexicon::fold(&o.name).contains("fraktion")
            }))
            .filter(|&g| {
                let group = &ents.organisations[g];
                let start = first(group);
                // (parties aside: a letterhead names the party)
                let earliest = ents
                    .organisations
                    .iter()
                    .filter(|o| o.kind != OrgKind::Party)
                    .filter_map(first)
                    .all(|s| Some(s) >= start);
                // (or the contact block at the end names it)
                let contact = group
                    .mentions
                    .iter()
                    .any(|m| m.span.start + 500 >= w.text.len());
                earliest || contact
            });
        }
        // "Bayerns Innenminister", "die sächsische Kultusministerin",
        // "NRW-Justizminister": a Land's government office is no federal
        // body's nor another Land's.
        if let Some(land) = land_office(w, r)
            && org.is_some_and(|o| !of_land(&ents.organisations[o], land))
        {
            org = None;
        }
        bound.push((org, party, after, names_body));
    }
    for (rid, r) in hits.roles.iter().enumerate() {
        if r.end <= r.start {
            continue;
        }
        // A role in the genitive after another ("Vorsitzender des
        // Aufsichtsrates der …", "Stellvertreter des Präsidenten,") is
        // that role's complement, not a role of the person, unless its
        // own holder follows ("Sprecher des Ministerpräsidenten Hendrik
        // Wüst").
        if r.start >= 2
            && matches!(w.key(r.start - 1), "des" | "der")
            && hits
                .covered(r.start - 2)
                .is_some_and(|(kind, _)| kind == HitKind::Role)
            && person_at(r.end).is_none()
        {
            continue;
        }
        let (mut org, party, mut after, body_in_title) = bound[rid];
        // A chain of roles: "Staatssekretär im Ministerium … und CIO des
        // Landes, Jan-Hendrik Osterkamp".
        let mut guard = 0;
        while w.key(after) == "und" && guard < 4 {
            match hits.covered(after + 1) {
                Some((HitKind::Role, r2)) if hits.roles[r2 as usize].start == after + 1 => {
                    after = bound[r2 as usize].2;
                    guard += 1;
                }
                _ => break,
            }
        }
        // "Der Bezirksstadtrat für Stadtentwicklung in Lichtenberg, Tobias
        // Kranich,", "CIO des Landes, Jan-Hendrik Osterkamp": the rest of
        // the role phrase names a place or body that is no organisation
        // found; the person follows its comma.
        // "dem Chef der Staatskanzlei Brandenburg, Marek Jabłoński": a
        // place after a role that ends in its body.
        if after == r.end
            && r.end >= r.start + 3
            && matches!(w.key(r.end - 2), "der" | "des")
            && w.key(after + 1) == ","
            && w.tok(after)
                .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
            && hits.covered(after).is_none()
        {
            after += 1;
        }
        if w.key(after) != ","
            && let Some(comma) = role_tail(w, hits, after)
        {
            // "Staatssekretärin für Digitalisierung in der Staatskanzlei
            // Schleswig-Holstein, …": an organisation in the rest of the
            // phrase is the role's.
            if org.is_none() {
                org = (after..comma).find_map(&org_at);
            }
            // "Der Vorsitzende des Sozial- und Gesundheitsausschusses des
            // Landkreistags, …": a body the tail names by its head noun.
            if org.is_none() {
                let names = name_words.get_or_insert_with(|| org_name_words(&ents.organisations));
                org = (after + 1..comma)
                    .filter(|&k| matches!(w.key(k - 1), "des" | "der"))
                    .find_map(|k| head_reference(w, k, hits, ents, names).map(|(o, _)| o));
            }
            after = comma;
        }
        // The person: right after (titles are inside the person hit),
        // after a comma when the role phrase opens a clause ("Der
        // Interimsgeschäftsführer der ZenDiS, Andreas Reckert-Lodde,"),
        // also over a second role ("…, Staatssekretärin Dr. Annette
        // Brockmann"), or right before with a comma ("Anja Theurer, CFO …").
        let slot = w.person_slot(after);
        let mut person = slot.and_then(person_at);
        // The token of the person's hit the role was bound at, and whether
        // the role follows the name ("Anja Theurer, CFO …").
        let mut person_tok = slot.filter(|_| person.is_some());
        let mut role_after_name = false;
        // "Verbandsvorsteher ist Landrat Jens Kaaz-Bruns.": a clause that
        // opens with the role and a copula names its holder after it (over
        // a second role).
        if person.is_none() && w.initial[r.start] && matches!(w.key(after), "ist" | "war") {
            let mut k = after + 1;
            if let Some((HitKind::Role, id)) = hits.covered(k) {
                k = hits.roles[id as usize].end;
            }
            if let Some(p) = person_at(k) {
                person = Some(p);
                person_tok = Some(k);
            }
        }
        // A contact block: the name on one line, the role alone on the
        // next ("Sabine Krautwurst / Pressesprecherin / Bundesagentur …").
        // Also with its body after it on the role's line ("Pressesprecher
        // ver.di NRW").
        // Or with a department after it ("Referentin Presse- und
        // Öffentlichkeitsarbeit").
        let department_to_line_end = || {
            (r.end + 1..(r.end + 6).min(w.toks.len() + 1))
                .find(|&k| w.line_break_before(k))
                .is_some_and(|k| {
                    (r.end..k).all(|j| {
                        w.is_word(j)
                            && (w.toks[j].is_capitalised()
                                || matches!(w.key(j), "und" | "für" | "&"))
                    })
                })
        };
        if person.is_none()
            && r.start > 0
            && w.line_break_before(r.start)
            && (w.line_break_before(r.end) || org_at(r.end).is_some() || department_to_line_end())
        {
            person = person_ending(r.start - 1);
            person_tok = Some(r.start - 1);
            if org.is_none()
                && let Some(o) = org_at(r.end)
            {
                org = Some(o);
            }
        }
        // "Wiebke Carstens-Ohlsen (Pressesprecherin)": a contact line's
        // role in brackets right after the name.
        if person.is_none() && r.start >= 2 && w.key(r.start - 1) == "(" && w.key(r.end) == ")" {
            person = person_ending(r.start - 2);
            person_tok = Some(r.start - 2);
        }
        if person.is_none() && w.key(after) == "," {
            let opens = r.definite
                || after > r.end
                || w.initial[r.start]
                || r.start.checked_sub(1).is_some_and(|p| {
                    matches!(
                        w.key(p),
                        "deren"
                            | "dessen"
                            | "ihr"
                            | "ihre"
                            | "ihrer"
                            | "sein"
                            | "seine"
                            | "seiner"
                            | "unser"
                            | "unsere"
                    )
                });
            if opens {
                person = person_at(after + 1);
                person_tok = Some(after + 1);
                // (over a second title, also one after a town's genitive
                // or adjective: "Die Verbandsvorsitzende des ZV StUB,
                // Erlangens Oberbürgermeisterin Dr. X,")
                let town = w.tok(after + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.is_capitalised()
                        && hits.covered(after + 1).is_none()
                        && (w.key(after + 1).ends_with('s') || w.key(after + 1).ends_with("er"))
                });
                let second = if town { after + 2 } else { after + 1 };
                // (an apposition, not a list's next item: "Der Landrat
                // des Landkreises Fürth, Fürths Oberbürgermeister X und
                // der Präsident …")
                let listed = |k: usize| {
                    let Some((HitKind::Person, id)) = hits.covered(k) else {
                        return false;
                    };
                    let mut e = hits.people[id as usize].end;
                    if w.key(e) == "(" {
                        while e < w.toks.len() && w.key(e) != ")" && w.same_sentence(e, k) {
                            e += 1;
                        }
                        e += 1;
                    }
                    // (another titled person next: "… und der Präsident
                    // der Regierung"; not "und sein Stellvertreter")
                    matches!(w.key(e), "und" | "sowie" | "oder")
                        && matches!(w.key(e + 1), "der" | "die")
                        && hits
                            .covered(e + 2)
                            .is_some_and(|(kind, _)| kind == HitKind::Role)
                };
                if person.is_none()
                    && let Some((HitKind::Role, r2)) = hits.covered(second)
                    && hits.roles[r2 as usize].start == second
                    && !(town && listed(hits.roles[r2 as usize].end))
                {
                    person = person_at(hits.roles[r2 as usize].end);
                    person_tok = Some(hits.roles[r2 as usize].end);
                }
            }
        }
        if person.is_none() && r.start >= 2 {
            let mut b = r.start;
            if matches!(w.key(b - 1), "der" | "die" | "des") {
                b -= 1;
            }
            if b >= 2 && w.key(b - 1) == "," {
                person = person_ending(b - 2);
                person_tok = Some(b - 2);
                role_after_name = true;
                // "Merve Schulte-Aydın (GRÜNE), bildungspolitische
                // Sprecherin …": over the party in brackets.
                if person.is_none()
                    && w.key(b - 2) == ")"
                    && let Some(open) = (b.saturating_sub(6)..b - 2)
                        .rev()
                        .find(|&c| w.key(c) == "(")
                    && open >= 1
                    && (open + 1..b - 2)
                        .all(|c| hits.covered(c).is_some_and(|(h, _)| h == HitKind::Org))
                {
                    person = person_ending(open - 1);
                    person_tok = Some(open - 1);
                }
            }
        }
        // The second of two roles joined by "und" after a name ("Name,
        // Oberarzt und Leiter des Tele-Intensivzentrums am UKJ"): the
        // first one's holder.
        if person.is_none()
            && r.start >= 2
            && w.key(r.start - 1) == "und"
            && let Some((HitKind::Role, prev)) = hits.covered(r.start - 2)
            && let Some(&Some(idx)) = role_of_hit.get(prev as usize)
            && let Some(first) = ents.roles.get::<usize>(idx)
            && let Some(p) = first.person
        {
            person = Some(p);
            person_tok = None;
            role_after_name = true;
            if org.is_none() {
                org = first.organisation;
            }
        }
        // A role said of a person named before it in the sentence: "ist
        // Dr. Annegret Vogelsang-Hübner in ihr Amt als Präsidentin des
        // Oberlandesgerichts eingeführt worden", "auf Prof. Dr. Wolfram
        // Eichenlaub, der seit 2017 Präsident des Oberlandesgerichts war".
        if person.is_none()
            && !r.definite
            && let Some(h) = predicate_subject(w, hits, r.start)
        {
            person = person_of_hit.get(h).copied().filter(|&p| p != usize::MAX);
            person_tok = Some(hits.people[h].start);
            role_after_name = true;
        }
        // "Sie ist seit 2021 Leiterin des …", "Als Einrichtungsleiter führe
        // er …", "Die 48-Jährige arbeitet als Chefredakteurin …": a role
        // said of a pronoun or an age is the person last named before.
        // "hat Dr. Annika Pfleiderer-Mbeki zur neuen Programmdirektorin
        // gewählt": the person elected or appointed to the role.
        if person.is_none()
            && let Some(h) = appointed_to(w, hits, r)
        {
            person = person_of_hit.get(h).copied().filter(|&p| p != usize::MAX);
            person_tok = Some(hits.people[h].start);
            role_after_name = true;
        }
        let mut body_before = None;
        if person.is_none()
            && let Some((h, between)) = pronoun_subject(w, hits, r)
        {
            person = person_of_hit.get(h).copied().filter(|&p| p != usize::MAX);
            person_tok = None;
            role_after_name = true;
            body_before = between.and_then(&org_at);
        }
        if org.is_none() {
            org = body_before;
        }
        // A woman's title is no man's whose first name says he is one ("Der
        // Verteidiger der Geschäftsführerin, Rechtsanwalt Dr. Kaspar …": the
        // client's title, not the lawyer's). Only a title feminine by its
        // own ending: an article makes "die Vorsitzenden" feminine too.
        if r.gender == Gender::Feminine
            && r.title
                .split(" für ")
                .next()
                .and_then(|head| head.rsplit(' ').next())
                .is_some_and(|t| t.ends_with("in"))
            && let Some(k) = person_tok
            && let Some((HitKind::Person, id)) = hits.covered(k)
            && hits.people[id as usize].sex == b'm'
        {
            person = None;
        }
        if let Some(p) = person {
            // A member's or officer's party from the group's name
            // ("Vorsitzende der SPD-Fraktion"), when the text names the party.
            if party.is_none()
                && let Some(q) = party_of_group(ents, org, &r.title)
            {
                ents.people[p].party.get_or_insert(q);
            }
            if let Some(party) = party {
                ents.people[p].party.get_or_insert(party);
                // A party office ("SPD-Vorsitzende") belongs to the party; a
                // mandate ("SPD-Bundestagsabgeordnete") does not.
                let key = super::lexicon::fold(&r.title);
                let mandate = [
                    "abgeordnet",
                    "mdb",
                    "mdl",
                    "mdep",
                    "stadtverordnet",
                    "kandidat",
                    "ratsmitglied",
                    "ratsherr",
                    "ratsfrau",
                ]
                .iter()
                .any(|m| key.contains(m));
                if !mandate && org.is_none() {
                    org = Some(party);
                }
            }
            let mut guessed = false;
            if org.is_none() {
                let name = person_tok.and_then(|k| match hits.covered(k) {
                    Some((HitKind::Person, id)) => Some(&hits.people[id as usize]),
                    _ => None,
                });
                // (a body named by its head alone: "Projektleiterin X von
                // der Energieagentur")
                let names = &mut name_words;
                // ("Landrat Bernd Hägele-Nyström (Ortenaukreis)": a body in
                // brackets after the name)
                let bracketed = name.and_then(|h| {
                    if w.key(h.end) != "(" || h.start != r.end {
                        return None;
                    }
                    let (HitKind::Org, id) = hits.covered(h.end + 1)? else {
                        return None;
                    };
                    let o = org_at(h.end + 1)?;
                    (w.key(hits.orgs[id as usize].end) == ")"
                        && ents.organisations[o].kind != OrgKind::Party)
                        .then_some(o)
                });
                org = bracketed
                    .or_else(|| {
                        name.and_then(|h| org_after_name(w, h.end)).and_then(|k| {
                            org_at(k).or_else(|| {
                                head_reference(
                                    w,
                                    k,
                                    hits,
                                    ents,
                                    names
                                        .get_or_insert_with(|| org_name_words(&ents.organisations)),
                                )
                                .map(|(o, _)| o)
                            })
                        })
                    })
                    .or_else(|| {
                        role_after_name
                            .then(|| role_tail_to_end(w, hits, after))
                            .flatten()
                            .and_then(|end| (after..end).find_map(&org_at))
                    })
                    .or_else(|| {
                        // "die Chefin der Staatskanzlei, Staatssekretärin
                        // Dr. X": a second title in apposition to a first
                        // that ends in its body shares that body.
                        let comma = r.start.checked_sub(1).filter(|&c| w.key(c) == ",")?;
                        let (HitKind::Org, id) = hits.covered(comma.checked_sub(1)?)? else {
                            return None;
                        };
                        let h = &hits.orgs[id as usize];
                        (h.end == comma
                            && h.start >= 2
                            && matches!(w.key(h.start - 1), "der" | "des")
                            && hits
                                .covered(h.start - 2)
                                .is_some_and(|(kind, _)| kind == HitKind::Role))
                        .then(|| org_at(h.start))
                        .flatten()
                    })
                    .or_else(|| town_adjective_org(w, r, ents))
                    .or_else(|| {
                        // (what follows guesses: a body the phrase did not name)
                        guessed = true;
                        office_body(r, &offices)
                    })
                    .or_else(|| {
                        // (a judge's rank belongs to a court, not to the
                        // association the sentence speaks for)
                        (!r.title.contains("ichter"))
                            .then(|| framing_org(w, r.start, &org_at))
                            .flatten()
                    })
                    .or_else(|| possessive_org(w, r, ents, names))
                    .or_else(|| subject_body_before(w, r, hits, &org_at))
                    .or_else(|| default_org(w, r, ents))
                    .or_else(|| unit_org(w, r, ents, p))
                    .or_else(|| body_of_title_part(w, r, ents))
                    .or_else(|| body_of_office_kind(w, r, ents))
                    .or_else(|| sender_org(w, r, ents));
            }
            // (what any step gave a Land's government office must be of
            // that Land: else it has none the text names)
            if let Some(land) = land_office(w, r)
                && org.is_some_and(|o| !of_land(&ents.organisations[o], land))
            {
                org = None;
            }
            // "Leiter des Kriminaltechnischen Instituts des LKA": a unit
            // named with its parent's name is the parent's.
            if let Some(o) = org
                && let Some(parent) = unit_parent(&ents.organisations[o].name)
                && let Some(q) = org_by_form(ents, parent)
                && q != o
            {
                org = Some(q);
            }
            // "NABU-Landesvorsitzende" where the text names "NABU
            // Schleswig-Holstein": a Land office is the Land branch's.
            if let Some(o) = org
                && r.title
                    .get(..6)
                    .is_some_and(|p| p.eq_ignore_ascii_case("landes"))
            {
                let base = ents.organisations[o].name.as_str();
                let branch = sole(ents.organisations.iter().enumerate().filter(|(_, q)| {
                    q.name
                        .strip_prefix(base)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|rest| LAENDER.contains(&super::lexicon::fold(rest).as_str()))
                }));
                if let Some(b) = branch {
                    org = Some(b);
                }
            }
            // (the group's party, also for a group found by the title:
            // "der stellvertretende Fraktionsvorsitzende Dr. X"; for its
            // members' offices, not its staff's: a press officer need not
            // be a member of the party)
            if ents.people[p].party.is_none()
                && let Some(q) = party_of_group(ents, org, &r.title)
            {
                ents.people[p].party = Some(q);
            }
            let mut title = regender(w, r, p, hits, person_of_hit);
            if body_in_title && let Some(cut) = title.rfind(" der ").max(title.rfind(" des ")) {
                title.truncate(cut);
            }
            // (one office under two titles at one body: "Gesundheitssenatorin"
            // and later "die Senatorin", "Präsident des Landtags" and
            // "Landtagspräsident")
            // (a guessed body does not make a second office of one title:
            // a caption's "Betriebsleiterin X" after "Betriebsleiterin X"
            // of the GmbH)
            let idx = ents.roles.iter().position(|x| {
                x.person == Some(p)
                    && x.title == title
                    && (x.organisation == org || org.is_none() || guessed)
            });
            let idx = idx.or_else(|| {
                ents.roles.iter().position(|x| {
                    x.person == Some(p)
                        && org.is_some()
                        && x.organisation == org
                        && same_office(&x.title, &title)
                })
            });
            // (a caption's "Bürgermeister X" after "Erster Bürgermeister X":
            // the ordinal left off, at whatever body the caption guessed)
            let idx = idx.or_else(|| {
                ents.roles.iter().position(|x| {
                    x.person == Some(p)
                        && (x.organisation == org || org.is_none() || guessed)
                        && x.title
                            .strip_suffix(title.as_str())
                            .is_some_and(|first| matches!(first, "Erster " | "Erste "))
                })
            });
            let idx = idx.unwrap_or_else(|| {
                ents.roles.push(Role {
                    title,
                    person: Some(p),
                    organisation: org,
                    mentions: Vec::new(),
                });
                ents.people[p].roles.push(ents.roles.len() - 1);
                ents.roles.len() - 1
            });
            let span = Span::new(w.toks[r.start].span.start, w.toks[r.end - 1].span.end);
            ents.roles[idx].mentions.push(Mention {
                text: &w.text[span.range()],
                span,
            });
            role_of_hit[rid] = Some(idx);
        } else {
            pending_refs.push(rid);
        }
    }
    // "PERSON (PARTY)".
    for (pid, p) in hits.people.iter().enumerate() {
        if w.key(p.end) == "("
            && let Some(o) = org_at(p.end + 1)
            && let Some((_, hid)) = hits.covered(p.end + 1)
            && w.key(hits.orgs[hid as usize].end) == ")"
            && ents.organisations[o].kind == OrgKind::Party
            && let Some(&person) = person_of_hit.get(pid)
            && person != usize::MAX
        {
            ents.people[person].party.get_or_insert(o);
        }
    }
    // "Miriam Oyelowo MdB", "Anna Beck MdL": a member's mandate after the
    // name, in the one house of its kind the text names.
    for (pid, h) in hits.people.iter().enumerate() {
        let Some(t) = w.tok(h.end) else {
            continue;
        };
        let house: &[&str] = match t.text {
            "MdB" => &["bundestag"],
            "MdL" => &["landtag"],
            "MdEP" => &["europäisches parlament", "europaparlament"],
            "MdA" => &["abgeordnetenhaus"],
            "MdBB" => &["bremische bürgerschaft"],
            "MdHB" => &["hamburgische bürgerschaft"],
            _ => continue,
        };
        // (not a former member: "MdB a. D.")
        if matches!(w.key(h.end + 1), "a." | "a.d.") {
            continue;
        }
        let Some(&person) = person_of_hit.get(pid).filter(|&&p| p != usize::MAX) else {
            continue;
        };
        if ents.people[person]
            .roles
            .iter()
            .any(|&r| ents.roles[r].title == t.text)
        {
            continue;
        }
        let org = sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
            let name = super::lexicon::fold(&o.name);
            matches!(o.kind, OrgKind::Parliament | OrgKind::International)
                && !o.mentions.is_empty()
                && !name.contains("fraktion")
                && !name.contains("ausschuss")
                && house.iter().any(|h| name.contains(h))
        }));
        ents.roles.push(Role {
            title: t.text.to_owned(),
            person: Some(person),
            organisation: org,
            mentions: vec![Mention {
                text: &w.text[t.span.range()],
                span: t.span,
            }],
        });
        ents.people[person].roles.push(ents.roles.len() - 1);
    }
    // Definite descriptions that refer back: "betonte der govdigital-CEO"
    // (the roles' keys only when there is one).
    let mut role_keys: Vec<String> = if pending_refs.is_empty() {
        Vec::new()
    } else {
        ents.roles
            .iter()
            .map(|x| loose(&super::lexicon::fold(&x.title)).to_owned())
            .collect()
    };
    // Each person's sex by a first name, made when a description first
    // asks.
    let mut sex_of: Option<Vec<u8>> = None;
    for rid in pending_refs {
        let r = &hits.roles[rid];
        // Only a definite description refers back ("betonte der govdigital-CEO").
        if !r.definite {
            continue;
        }
        let title = super::lexicon::fold(&r.title);
        let key = loose(&title);
        let same: Vec<usize> = ents
            .roles
            .iter()
            .enumerate()
            .filter(|(n, _)| role_keys[*n] == key)
            .filter(|(_, x)| {
                r.prefix.as_ref().is_none_or(|pre| {
                    x.organisation
                        .is_some_and(|o| forms.get(loose_join(pre).as_str()) == Some(&o))
                })
            })
            .map(|(n, _)| n)
            .collect();
        // ("so die Vorsitzende" is no man's: "die" before a singular noun,
        // not a plural's "-n", is feminine)
        let feminine = r.start >= 1
            && w.key(r.start - 1) == "die"
            && r.gender != Gender::Masculine
            && !w.key(r.end - 1).ends_with('n');
        let same: Vec<usize> = if feminine {
            let sex_of =
                sex_of.get_or_insert_with(|| sex_by_name(hits, person_of_hit, ents.people.len()));
            same.into_iter()
                .filter(|&n| {
                    ents.roles[n]
                        .person
                        .is_none_or(|p| sex_of.get(p) != Some(&b'm'))
                })
                .collect()
        } else {
            same
        };
        let at = w.toks[r.start].span.start;
        // A description refers back: to a holder of the title named before
        // it; with none, a sentence it opens speaks of the one person of the
        // sentence before ("…, sagte der Präsident des Landkreistags, Dr. X.
        // Der Landrat des Landkreises Biberach verwies …"), not of a
        // Landrat named later.
        let earlier: Vec<usize> = same
            .iter()
            .copied()
            .filter(|&n| ents.roles[n].mentions.iter().any(|m| m.span.start < at))
            .collect();
        let same = if !earlier.is_empty() {
            earlier
        } else if !same.is_empty()
            && r.start >= 1
            && w.initial[r.start - 1]
            && sole_person_before(w, r, hits, person_of_hit).is_some()
        {
            Vec::new()
        } else {
            same
        };
        // "sagte die Ministerin" after "Staatsministerin …": the head of a
        // compound title; of several, the one mentioned last before.
        let compound = if same.is_empty() && r.prefix.is_none() {
            ents.roles
                .iter()
                .enumerate()
                .filter(|(n, _)| role_keys[*n].len() > key.len() && role_keys[*n].ends_with(key))
                .filter_map(|(n, x)| {
                    x.mentions
                        .iter()
                        .map(|m| m.span.start)
                        .filter(|&s| s < at)
                        .max()
                        .map(|s| (s, n))
                })
                .max()
                .map(|(_, n)| n)
        } else {
            None
        };
        let same = if let Some(n) = compound {
            vec![n]
        } else {
            same
        };
        if same.len() == 1 && r.definite {
            let idx = same[0];
            // "Die Doktorandin der THD …" names the body a caption's
            // "Doktorandin X" left open.
            if ents.roles[idx].organisation.is_none() {
                ents.roles[idx].organisation = bound[rid].0;
            }
            let span = Span::new(w.toks[r.start].span.start, w.toks[r.end - 1].span.end);
            ents.roles[idx].mentions.push(Mention {
                text: &w.text[span.range()],
                span,
            });
            role_of_hit[rid] = Some(idx);
        } else if same.is_empty()
            && r.prefix.is_none()
            && r.start >= 1
            && w.initial[r.start - 1]
            // (not a board, which the same word names: "Der Aufsichtsrat
            // habe …"; a Landrat is a person)
            && !is_board(key)
            && let Some(p) = sole_person_before(w, r, hits, person_of_hit)
        {
            // "Felix Grunwald führt die Kestrel Space Systems AG. Der
            // Vorstandsvorsitzende sieht …": a sentence that opens with a
            // role nobody holds speaks of the one person of the sentence
            // before, if the genders agree.
            let org = bound[rid].0.or_else(|| default_org(w, r, ents));
            let title = regender(w, r, p, hits, person_of_hit);
            let span = Span::new(w.toks[r.start].span.start, w.toks[r.end - 1].span.end);
            // (the keys follow the roles: a later description may refer
            // to this one)
            role_keys.push(loose(&super::lexicon::fold(&title)).to_owned());
            ents.roles.push(Role {
                title,
                person: Some(p),
                organisation: org,
                mentions: vec![Mention {
                    text: &w.text[span.range()],
                    span,
                }],
            });
            ents.people[p].roles.push(ents.roles.len() - 1);
            role_of_hit[rid] = Some(ents.roles.len() - 1);
        }
    }
    // "Ministerialdirektor X, Amtschef des Verkehrsministeriums": a title
    // without a body shares the body (not a party) of the holder's one
    // other title in the same sentence.
    let sentence_at = |byte: usize| {
        let k = w.toks.partition_point(|t| t.span.start < byte);
        w.sentence_of.get(k).copied()
    };
    for n in 0..ents.roles.len() {
        let role = &ents.roles[n];
        let (None, Some(p), Some(m)) = (role.organisation, role.person, role.mentions.first())
        else {
            continue;
        };
        if !is_rank(&super::lexicon::fold(&role.title)) {
            continue;
        }
        // (not a title with a complement of its own, a body not found:
        // "Sprecher der Länderarbeitsgruppe …", "Vorsteher des
        // Finanzdepartements", "CIO des Landes")
        let next = w.toks.partition_point(|t| t.span.start < m.span.end);
        if matches!(
            w.key(next),
            "des" | "der" | "von" | "vom" | "im" | "beim" | "bei" | "am" | "an" | "für" | "in"
        ) {
            continue;
        }
        let here = sentence_at(m.span.start);
        let mut others = ents.people[p]
            .roles
            .iter()
            .filter(|&&x| x != n)
            .filter_map(|&x| {
                let other = ents.roles.get(x)?;
                let o = other.organisation?;
                (ents.organisations[o].kind != OrgKind::Party
                    && other
                        .mentions
                        .iter()
                        .any(|m| here.is_some() && sentence_at(m.span.start) == here))
                .then_some(o)
            });
        if let (Some(o), None) = (others.next(), others.next()) {
            ents.roles[n].organisation = Some(o);
        }
    }
    for role in &mut ents.roles {
        role.mentions.sort_by_key(|m| m.span.start);
    }
    // A role that a description gave (above) comes after roles mentioned
    // later: all in order of first mention again, every index renamed.
    if ents.roles.windows(2).any(|p| {
        p[0].mentions.first().map(|m| m.span.start) > p[1].mentions.first().map(|m| m.span.start)
    }) {
        let mut order: Vec<usize> = (0..ents.roles.len()).collect();
        order.sort_by_key(|&n| ents.roles[n].mentions.first().map(|m| m.span.start));
        let mut new_of = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_of[old] = new;
        }
        let mut old_roles: Vec<Option<Role<'t>>> = std::mem::take(&mut ents.roles)
            .into_iter()
            .map(Some)
            .collect();
        ents.roles = order
            .iter()
            .filter_map(|&old| old_roles[old].take())
            .collect();
        for person in &mut ents.people {
            for x in &mut person.roles {
                *x = new_of[*x];
            }
            person.roles.sort_unstable();
        }
        for x in role_of_hit.iter_mut().flatten() {
            *x = new_of[*x];
        }
    }
    role_of_hit
}

/// Whether a folded title is a civil-service, police, fire or military rank
/// rather than a function ("Ministerialdirektor", "Polizeioberrat",
/// "Kriminalhauptkommissarin", "Oberst"): it names no body of its own.
fn is_rank(key: &str) -> bool {
    let key = key
        .strip_prefix("leitende ")
        .or_else(|| key.strip_prefix("leitender "))
        .unwrap_or(key);
    let grade = |k: &str| {
        [
            "rat",
            "rätin",
            "direktor",
            "direktorin",
            "kommissar",
            "kommissarin",
            "meister",
            "meisterin",
        ]
        .iter()
        .any(|s| k.ends_with(s))
    };
    key.starts_with("ministerial")
        || key.starts_with("regierungsdirektor")
        || key.starts_with("oberregierungsrat")
        || ((key.starts_with("polizei") || key.starts_with("kriminal") || key.starts_with("brand"))
            && grade(key))
        || key.starts_with("oberst")
        || key.contains("schulamtsdirektor")
        || ((key.starts_with("studien") || key.starts_with("oberstudien")) && grade(key))
}

/// Whether a title's key names a board rather than a person ("Aufsichtsrat",
/// "Vorstand"; not "Landrat", "Vorstandsvorsitzender").
fn is_board(key: &str) -> bool {
    (key.ends_with("rat") && !matches!(key, "landrat" | "staatsrat"))
        || (key.starts_with("vorstand") && !key.contains("vorsitz"))
}

/// The one person the sentence before role `r`'s names (by its hits, found
/// by binary search: they are in text order), when that person's sex, as
/// far as a first name tells, agrees with the role's gender.
fn sole_person_before(
    w: &Walk<'_, '_>,
    r: &RoleHit,
    hits: &Hits,
    person_of_hit: &[usize],
) -> Option<usize> {
    let here = *w.sentence_of.get(r.start)?;
    let before = here.checked_sub(1)?;
    let first = hits
        .people
        .partition_point(|h| w.sentence_of.get(h.start).is_some_and(|&s| s < before));
    // The role's sentence must not speak to someone ("Der Geschäftsführer
    // gratulierte ihm"): then the person before is its object.
    let mut k = r.end;
    while w.sentence_of.get(k) == Some(&here) && k - r.end < SENTENCE_WINDOW {
        if matches!(w.key(k), "ihm" | "ihr" | "ihn" | "ihnen") {
            return None;
        }
        k += 1;
    }
    let mut found: Option<(usize, u8)> = None;
    for (id, h) in hits.people.iter().enumerate().skip(first) {
        if w.sentence_of.get(h.start) != Some(&before) {
            break;
        }
        // the subject: the name opens its sentence (a role or title may
        // stand before it)
        let opens = w.initial.get(h.start) == Some(&true)
            || h.start
                .checked_sub(1)
                .is_some_and(|b| match hits.covered(b) {
                    Some((HitKind::Role, rid)) => hits
                        .roles
                        .get(rid as usize)
                        .is_some_and(|role| w.initial.get(role.start) == Some(&true)),
                    _ => false,
                })
            // or speaks the quote that opens it ("„…“, sagte der Präsident
            // des Landkreistags, Dr. X.")
            || (h.start.saturating_sub(10)..h.start)
                .any(|v| w.speech_after_quote(v) && w.same_sentence(v - 2, h.start));
        if !opens {
            return None;
        }
        let p = *person_of_hit.get(id)?;
        match found {
            Some((q, _)) if q != p => return None,
            Some((_, b'u')) | None => found = Some((p, h.sex)),
            Some(_) => {}
        }
    }
    let (p, sex) = found?;
    let agrees = match r.gender {
        Gender::Feminine => sex != b'm',
        Gender::Masculine => sex != b'f',
        Gender::Neutral => true,
    };
    (p != usize::MAX && agrees).then_some(p)
}

/// The comma that ends the rest of a role phrase starting at `start`: a
/// preposition or article ("des Landes", "in Lichtenberg", "für Bauen und
/// Wohnen"), then only capitalised words, organisations and the little
/// words of a name, at most ten tokens in one sentence, no role or person
/// among them.
/// Words that link the parts of a role phrase ("Leiter des Fachgebiets
/// Grundwasserschutz im UBA").
const ROLE_LINKS: &[&str] = &[
    "des", "der", "den", "dem", "im", "in", "an", "für", "am", "beim", "bei", "von", "vom", "zur",
    "zum", "und",
];

fn role_tail(w: &Walk<'_, '_>, hits: &Hits, start: usize) -> Option<usize> {
    if !ROLE_LINKS.contains(&w.tok(start).map(|_| w.key(start))?) || w.key(start) == "und" {
        return None;
    }
    for k in start + 1..(start + 11).min(w.toks.len()) {
        if w.toks[k].text == "," {
            return (k > start + 1 && w.same_sentence(start, k) && w.toks[k - 1].is_capitalised())
                .then_some(k);
        }
        if !in_role_tail(w, hits, k) {
            return None;
        }
    }
    None
}

/// Whether token `k` can stand in the rest of a role phrase: an
/// organisation, or a capitalised or linking word that no role or person
/// covers.
fn in_role_tail(w: &Walk<'_, '_>, hits: &Hits, k: usize) -> bool {
    let t = &w.toks[k];
    match hits.covered(k) {
        Some((HitKind::Role | HitKind::Person, _)) => false,
        Some((HitKind::Org, _)) => true,
        None => {
            matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
                && (t.is_capitalised() || ROLE_LINKS.contains(&w.key(k)))
        }
    }
}

/// The person hit a role at `start` is said of: after "als" ("… als
/// Präsidentin des …"), the last person named before it in its sentence
/// with no role between; in a relative clause right after a name ("Name,
/// der seit 2017 Präsident des … war"), that name.
fn predicate_subject(w: &Walk<'_, '_>, hits: &Hits, start: usize) -> Option<usize> {
    let p = start.checked_sub(1)?;
    let als = w.key(p) == "als";
    // the last person hit ending before the role, in its sentence
    let (id, h) = hits
        .people
        .iter()
        .enumerate()
        .rev()
        .find(|(_, h)| h.end <= start)?;
    if !w.same_sentence(h.start, start)
        || (h.end..start).any(|k| {
            hits.covered(k)
                .is_some_and(|(kind, _)| kind == HitKind::Role)
        })
    {
        return None;
    }
    let relative = w.key(h.end) == ","
        && matches!(w.key(h.end + 1), "der" | "die")
        && start <= h.end + 10
        && !(h.end + 2..start).any(|k| matches!(w.key(k), "," | "und"));
    // "Landrat Eberhard Vollmer-Stüber ist zugleich Vorsitzender des
    // Verwaltungsrates": the name, a copula, adverbs, the role.
    let copula = matches!(w.key(h.end), "ist" | "war" | "bleibt")
        && (h.end + 1..p + 1).all(|k| {
            matches!(
                w.key(k),
                "zugleich"
                    | "auch"
                    | "außerdem"
                    | "zudem"
                    | "ebenfalls"
                    | "bereits"
                    | "derzeit"
                    | "inzwischen"
                    | "nun"
                    | "jetzt"
                    | "weiterhin"
                    | "seit"
                    | "künftig"
            ) || w.toks[k].kind == TokenKind::Number
        });
    (als || relative || copula).then_some(id)
}

/// "X zur neuen Präsidentin gewählt", "wurde X zum Leiter … ernannt":
/// the last person named before "zum"/"zur" in the sentence (no role or
/// comma between), when a verb of election or appointment follows the
/// role in the sentence.
fn appointed_to(w: &Walk<'_, '_>, hits: &Hits, r: &RoleHit) -> Option<usize> {
    let mut z = r.start.checked_sub(1)?;
    // adjectives between ("zur neuen", "zum ersten")
    while z > 0 && r.start - z <= 2 && !matches!(w.key(z), "zum" | "zur") {
        if w.toks[z].is_capitalised() || !w.is_word(z) {
            return None;
        }
        z -= 1;
    }
    if !matches!(w.key(z), "zum" | "zur") {
        return None;
    }
    let verb = (r.end..(r.end + 10).min(w.toks.len()))
        .take_while(|&k| w.same_sentence(r.start, k))
        .any(|k| {
            matches!(
                w.key(k),
                "gewählt"
                    | "ernannt"
                    | "berufen"
                    | "bestellt"
                    | "bestimmt"
                    | "befördert"
                    | "gekürt"
                    | "nominiert"
                    | "vereidigt"
            )
        });
    if !verb {
        return None;
    }
    let last = hits.people.partition_point(|h| h.end <= z);
    let id = last.checked_sub(1)?;
    let h = &hits.people[id];
    // (not the one who elects: "wurde von Landrat Peter Meier zur
    // Kreisbrandmeisterin ernannt"; a role or title may stand before)
    let mut b = h.start;
    while b > 0 && matches!(hits.covered(b - 1), Some((HitKind::Role, _))) {
        b -= 1;
    }
    let by = b > 0 && matches!(w.key(b - 1), "von" | "vom" | "durch");
    let fits = match r.gender {
        Gender::Feminine => h.sex != b'm',
        Gender::Masculine => h.sex != b'f',
        Gender::Neutral => true,
    };
    if by {
        // the passive's subject: "Anna Schmidt wurde von Peter Meier zur
        // Präsidentin ernannt"
        let id = id.checked_sub(1)?;
        let s = &hits.people[id];
        let passive = (s.end..b).any(|k| matches!(w.key(k), "wurde" | "wird" | "ist" | "war"));
        let fits = match r.gender {
            Gender::Feminine => s.sex != b'm',
            Gender::Masculine => s.sex != b'f',
            Gender::Neutral => true,
        };
        return (passive
            && fits
            && w.same_sentence(s.start, z)
            && b - s.end <= 4
            && (s.end..b - 1).all(|k| hits.covered(k).is_none() && w.key(k) != ","))
        .then_some(id);
    }
    (fits
        && w.same_sentence(h.start, z)
        && z - h.end <= 8
        && (h.end..z).all(|k| hits.covered(k).is_none() && w.key(k) != ","))
    .then_some(id)
}

/// The person hit a role at `r` is said of when its clause's subject is
/// a pronoun or an age ("Sie ist seit 2021 Leiterin …", "Er ist bei der
/// LEL Leiter …", "Als Einrichtungsleiter führe er …", "Die 48-Jährige
/// arbeitet derzeit als Chefredakteurin …", "hatte sie als Volontärin …"):
/// the last person named in the two sentences before whose sex, as far as
/// a first name tells, fits, unless a sentence between opens with a noun
/// the pronoun may stand for. Also the start of a body named between the
/// copula and the role ("bei der LEL"), or else of the body a verb of
/// leading has right after the role ("führt er als Bürgermeister die
/// Gemeinde Ducherow").
fn pronoun_subject(w: &Walk<'_, '_>, hits: &Hits, r: &RoleHit) -> Option<(usize, Option<usize>)> {
    let start = sentence_start(w, r.start, 0);
    let first = w.key(start);
    let mut between = None;
    // The subject: a pronoun or "der/die NN-Jährige" opening the sentence.
    // "Ihre Laufbahn hatte sie als Volontärin … begonnen", "Zuvor war er
    // als Referent …": the pronoun after the verb, right before "als".
    let inverted = r.start >= start + 3
        && w.key(r.start - 1) == "als"
        && matches!(w.key(r.start - 2), "sie" | "er")
        && w.is_word(r.start - 3)
        && !w.toks[r.start - 3].is_capitalised();
    let (sex, subject_end) = match first {
        _ if inverted => {
            let sex = if w.key(r.start - 2) == "sie" {
                b'f'
            } else {
                b'm'
            };
            (sex, r.start - 1)
        }
        "sie" => (b'f', start + 1),
        "er" => (b'm', start + 1),
        "die" | "der" if w.key(start + 1).ends_with("jährige") => {
            (if first == "die" { b'f' } else { b'm' }, start + 2)
        }
        // "Als Einrichtungsleiter führe er …": the pronoun after the verb.
        "als" if r.start == start + 1 => {
            let k = (r.end..(r.end + 3).min(w.toks.len()))
                .find(|&k| matches!(w.key(k), "er" | "sie"))?;
            (if w.key(k) == "sie" { b'f' } else { b'm' }, r.start)
        }
        _ => return None,
    };
    if r.start < subject_end || r.start > subject_end + 10 {
        return None;
    }
    // "führt er als ehrenamtlicher Bürgermeister die Gemeinde Ducherow":
    // the body the role's holder leads, right after the role (after a verb
    // of leading: "besuchte sie als Ministerin die Muster GmbH" is a visit)
    let verb_at = if inverted {
        r.start - 3
    } else if first == "als" {
        r.end
    } else {
        subject_end
    };
    let leads = matches!(
        w.key(verb_at),
        "führt" | "führte" | "führe" | "leitet" | "leitete" | "leite" | "vertritt" | "vertrat"
    );
    let object = (leads
        && matches!(w.key(r.end), "die" | "das" | "den")
        && matches!(hits.covered(r.end + 1), Some((HitKind::Org, id)) if hits.orgs[id as usize].start == r.end + 1))
    .then_some(r.end + 1);
    let fits_role = match r.gender {
        Gender::Feminine => sex == b'f',
        Gender::Masculine => sex == b'm',
        Gender::Neutral => true,
    };
    if !fits_role {
        return None;
    }
    if first != "als" && !inverted {
        // a copula or "als" before the role; between them adverbs, a
        // time, a body ("bei der LEL"), no comma, role or person
        let verb = w.key(subject_end);
        let copula = matches!(verb, "ist" | "war" | "bleibt" | "wird");
        // (not "als" after a noun: "eine Tätigkeit als Hausärztin")
        let als = w.key(r.start - 1) == "als"
            && !w.toks[r.start - 2].is_capitalised()
            && r.start - 2 >= subject_end;
        if !(copula || als) {
            return None;
        }
        for k in subject_end + 1..r.start {
            match hits.covered(k) {
                Some((HitKind::Role | HitKind::Person, _)) => return None,
                Some((HitKind::Org, id))
                    if hits.orgs[id as usize].start == k && between.is_none() =>
                {
                    between = Some(k);
                }
                Some(_) => {}
                None if w.toks[k].kind == TokenKind::Punct => return None,
                None => {}
            }
        }
    }
    // The antecedent: the last person named before the sentence, in the
    // two sentences before it, whose sex fits (of the last twenty named).
    let here = *w.sentence_of.get(start)?;
    let last = hits.people.partition_point(|h| h.start < start);
    let other = if sex == b'f' { b'm' } else { b'f' };
    let (id, h) = hits.people[..last]
        .iter()
        .enumerate()
        .rev()
        .take(20)
        .take_while(|(_, h)| w.sentence_of.get(h.start).is_some_and(|&s| s + 2 >= here))
        .find(|(_, h)| h.sex != other)?;
    // Not when a sentence between opens with a noun the pronoun may stand
    // for ("Der Landkreis hält Anteile. Er ist Gesellschafter …").
    let article = if sex == b'f' { "die" } else { "der" };
    // (over at most a few hundred tokens: a text without full stops has no
    // sentences to look at)
    let mut k = h.end;
    let stop = start.min(h.end + 400);
    while k < stop {
        let s = sentence_start(w, k, 0);
        if s > h.start
            && s < start
            && w.key(s) == article
            && w.tok(s + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
            && !w.feat(s + 1).person_noun
            && !w.feat(s + 1).role_start
            && w.first_name_at(s + 1).is_none()
            && !w.key(s + 1).ends_with("jährige")
        {
            return None;
        }
        // the next sentence's start
        let Some(&here_k) = w.sentence_of.get(k) else {
            break;
        };
        while k < stop && w.sentence_of.get(k) == Some(&here_k) {
            k += 1;
        }
    }
    Some((id, between.or(object)))
}

/// "Prof. Dr. Kai-Uwe Strømsnes von der Technischen Universität
/// Dresden": where an organisation may stand right after a role holder's
/// name (`end`, the token after the name): after "von", "vom", "an der",
/// "am", "beim", "aus dem". Returns that token.
fn org_after_name(w: &Walk<'_, '_>, end: usize) -> Option<usize> {
    let mut k = end;
    if !matches!(
        w.key(k),
        "von" | "vom" | "an" | "am" | "beim" | "aus" | "bei"
    ) {
        return None;
    }
    k += 1;
    if matches!(w.key(k), "der" | "dem" | "den") {
        k += 1;
    }
    w.same_sentence(end, k).then_some(k)
}

/// "Für den Verband Deutscher Verkehrsunternehmen (VDV) rechnete Dr. Ingo
/// Wallerius, Bereichsleiter Tarif und Vertrieb, vor": a sentence that
/// opens with "Für" or "Seitens" and an organisation speaks for that
/// organisation; its roles without a body of their own are its.
fn framing_org(
    w: &Walk<'_, '_>,
    role: usize,
    org_at: &impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    // the sentence's first token: back over at most twenty tokens
    let first = (role.saturating_sub(20)..=role)
        .find(|&k| w.same_sentence(k, role) && (k == 0 || !w.same_sentence(k - 1, role)))?;
    if !matches!(w.key(first), "für" | "seitens") {
        return None;
    }
    let mut k = first + 1;
    if matches!(w.key(k), "den" | "die" | "das" | "der" | "dem") {
        k += 1;
    }
    org_at(k)
}

/// The end of a role phrase after a name that runs to the end of its
/// sentence ("…, Leiter des Fachgebiets Grundwasserschutz im UBA."): the
/// sentence's last token, when every token up to it is a capitalised word,
/// a linking word or an organisation.
fn role_tail_to_end(w: &Walk<'_, '_>, hits: &Hits, start: usize) -> Option<usize> {
    // (a role that ends its line has no tail: the next line is another's)
    if w.line_break_before(start) {
        return None;
    }
    for k in start..(start + 10).min(w.toks.len() + 1) {
        // the end of the text or of a line (a heading) ends it too
        let Some(t) = w.toks.get(k) else {
            return (k > start).then_some(k);
        };
        if matches!(t.text, "." | ";" | "!") || (k > start && w.line_break_before(k)) {
            return (k > start).then_some(k);
        }
        if !in_role_tail(w, hits, k) {
            return None;
        }
    }
    None
}

/// "der Staatskanzlei", "des Ausschusses", "beim Landtag": a bare head
/// noun after a role that names the one organisation of the document
/// with that head. Returns (organisation, end of the phrase).
fn head_reference(
    w: &Walk<'_, '_>,
    k: usize,
    hits: &Hits,
    ents: &Entities<'_>,
    name_words: &[Vec<String>],
) -> Option<(usize, usize)> {
    let t = w.tok(k)?;
    // (it refers back: to a body named before it)
    let before = |o: usize| {
        ents.organisations[o]
            .mentions
            .first()
            .is_some_and(|m| m.span.start < t.span.start)
    };
    // "des Statistischen Landesamtes": an adjective and the head, both in
    // the body's name.
    if t.kind == TokenKind::Word
        && t.is_capitalised()
        && is_adjective(w.key(k))
        && hits.covered(k).is_none()
        && w.tok(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        && hits.covered(k + 1).is_none()
        && w.key(k + 2) != "für"
    {
        // (the name itself, not a reference: anywhere in the text)
        let o = org_with_head(w, k + 1, name_words)?;
        let adj = loose(w.key(k));
        return name_words[o]
            .iter()
            .any(|x| x.len() >= 4 && (x.starts_with(adj) || adj.starts_with(x.as_str())))
            .then_some((o, k + 2));
    }
    // (a head with a field of its own names another body: "der Klinik für
    // Neurologie" is no "Sana Kliniken …")
    if t.kind != TokenKind::Word
        || !t.is_capitalised()
        || hits.covered(k).is_some()
        || w.key(k + 1) == "für"
    {
        return None;
    }
    let o = org_with_head(w, k, name_words).filter(|&o| before(o))?;
    // (the name's next words with it: "der Klassik Stiftung" for the
    // "Klassik Stiftung Weimar")
    let mut end = k + 1;
    while end < k + 4
        && w.tok(end)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
        && hits.covered(end).is_none()
        && name_words[o].iter().any(|x| x == loose(w.key(end)))
    {
        end += 1;
    }
    Some((o, end))
}

/// "des Unternehmens", "der Genossenschaft", "der Kreissparkasse": a noun
/// after an article (at `k`) refers to the body named last before it whose
/// name starts with the noun, else holds it, else (for a listed noun of a
/// kind: Unternehmen, Ministerium, Universität …) the last of that kind.
/// Returns it and the token after the noun.
fn generic_reference(
    w: &Walk<'_, '_>,
    k: usize,
    hits: &Hits,
    ents: &Entities<'_>,
) -> Option<(usize, usize)> {
    let t = w.tok(k)?;
    if t.kind != TokenKind::Word
        || !t.is_capitalised()
        || hits.covered(k).is_some()
        || !matches!(w.key(k.checked_sub(1)?), "des" | "der" | "dem")
        // a name goes on: no reference ("der Stadt Köln", "des Instituts
        // für …")
        || w.tok(k + 1).is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised())
        || w.key(k + 1) == "für"
    {
        return None;
    }
    let noun = nominative_head(w.key(k));
    let kinds: &[OrgKind] = match noun {
        "unternehmen" | "firma" | "konzern" => &[OrgKind::Company],
        "genossenschaft" => &[OrgKind::Cooperative, OrgKind::Company],
        "verband" | "verein" | "vereinigung" => &[OrgKind::Association],
        "ministerium" | "ministeriums" => &[OrgKind::Ministry],
        "behörde" | "bundesbehörde" | "landesbehörde" => {
            &[OrgKind::Authority, OrgKind::Ministry]
        }
        "hochschule" | "universität" | "institut" | "instituts" => &[OrgKind::Research],
        "gericht" | "gerichts" => &[OrgKind::Court],
        // any other noun: only a body whose name holds it ("der
        // Kreissparkasse")
        _ => &[],
    };
    if kinds.is_empty() && noun.chars().count() < 6 {
        return None;
    }
    // "der Fraktion" in a group's own release is that group, however many
    // others the text names ("… mit der Grünen-Kreistagsfraktion hat die
    // Fraktion …"), unless another group opened this sentence or the one
    // before ("Die SPD-Kreistagsfraktion lehnt ihn ab. Der Vorsitzende der
    // Fraktion, …").
    let group = |n: usize| {
        ents.organisations[n]
            .name
            .split(' ')
            .next()
            .is_some_and(|first| super::lexicon::fold(first).ends_with("fraktion"))
    };
    if noun == "fraktion"
        && let Some(p) = publisher(w, ents).filter(|&p| group(p))
    {
        let here = w.sentence_of[k];
        let subject = w
            .org_index(ents)
            .last_mentions_before(t.span.start)
            .find(|&(_, _, n)| group(n))
            .is_some_and(|(start, _, n)| {
                // (the subject: "Die SPD-Kreistagsfraktion …", "Auch die
                // …"; not a dative "Der CSU-Fraktion wirft …" nor a quote
                // that opens with it)
                let m = w.toks.partition_point(|x| x.span.start < start);
                let opens = m > 1
                    && w.key(m - 1) == "die"
                    && (w.initial[m - 1]
                        || (w.initial[m - 2]
                            && w.toks[m - 2].kind == TokenKind::Word
                            && w.toks[m - 2].is_capitalised()))
                    && w.toks[m - 2].kind != TokenKind::OpenQuote
                    && !(m > 2 && w.toks[m - 3].kind == TokenKind::OpenQuote);
                n != p && w.sentence_of.get(m).is_some_and(|&s| s + 1 >= here) && opens
            });
        if !subject {
            return Some((p, k + 1));
        }
    }
    let before = t.span.start;
    // the last before it whose name starts with the noun ("der
    // Kreissparkasse": not the Stiftung Kreissparkasse …), else whose name
    // holds it ("der Universität": not the research foundation named
    // since), else the last of the kind: the mentions before it from
    // the nearest back, each body at its last; a body of rank 2 ends the
    // walk. It looks back [`REFERENCE_REACH`] mentions at most: a release
    // has far fewer, and in a long text a reference is to a body named in
    // its part.
    let index = w.org_index(ents);
    let mut best: Option<(u8, usize, usize)> = None;
    for (start, _, n) in index.last_mentions_before(before) {
        // (of bodies with one start, the first: they come last here)
        if best.is_some_and(|(r, s, _)| r == 2 && start < s) {
            break;
        }
        let o = &ents.organisations[n];
        if !(kinds.is_empty() || kinds.contains(&o.kind)) {
            continue;
        }
        let name = index.names(ents).name(n);
        // (the head of a compound counts as the start: "der Fraktion" is
        // the "CDU-Fraktion …" too)
        let first_word = name.split(' ').next().unwrap_or("");
        let rank = if name.starts_with(noun)
            || (first_word.len() > noun.len() && first_word.ends_with(noun))
        {
            2
        } else if name.contains(noun) {
            1
        } else if !kinds.is_empty() {
            0
        } else {
            continue;
        };
        // (a later start wins within a rank, a lower index within a start)
        if best.is_none_or(|(r, s, m)| (rank, start, usize::MAX - n) > (r, s, usize::MAX - m)) {
            best = Some((rank, start, n));
        }
    }
    best.map(|(_, _, n)| (n, k + 1))
}

/// How many mentions back a generic reference ("des Unternehmens") or a
/// possessive ("Dessen Leiter") looks for its body
/// ([`OrgIndex::last_mentions_before`]).
const REFERENCE_REACH: usize = 400;

/// The one ministry or government body of the document whose name holds
/// every capitalised word of `portfolio` ("Bauen" in "Senatsverwaltung
/// für Stadtentwicklung, Bauen und Wohnen").
fn org_with_portfolio(
    portfolio: &str,
    ents: &Entities<'_>,
    name_words: &[Vec<String>],
) -> Option<usize> {
    let words: Vec<String> = portfolio
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| p.chars().next().is_some_and(char::is_uppercase))
        .map(|p| loose(&super::lexicon::fold(p)).to_owned())
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut found = None;
    for (n, o) in ents.organisations.iter().enumerate() {
        if !matches!(o.kind, OrgKind::Ministry | OrgKind::Government) {
            continue;
        }
        let names = name_words.get(n)?;
        if words.iter().all(|p| names.contains(p)) {
            if found.is_some() {
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// The one organisation of the document with the word at token `k` (or
/// its nominative) among its name's words or ending one of them, or
/// whose head and specification the word joins into one compound
/// ("des Verkehrsausschusses": "Ausschuss für Verkehr").
fn org_with_head(w: &Walk<'_, '_>, k: usize, name_words: &[Vec<String>]) -> Option<usize> {
    let key = loose(w.key(k));
    let head = loose(nominative_head(w.key(k)));
    let has = |words: &[String]| {
        let compound = || {
            let Some((first, rest)) = words.split_first() else {
                return false;
            };
            first.len() >= 5
                && head.len() > first.len() + 3
                && head.ends_with(first.as_str())
                && rest
                    .iter()
                    .any(|r| r.len() >= 4 && head.starts_with(r.as_str()))
        };
        words
            .iter()
            .any(|xl| xl == key || xl == head || (xl.len() > head.len() + 3 && xl.ends_with(head)))
            || compound()
    };
    // A text of few bodies asks each; a long one its index of words.
    let index = (name_words.len() > INDEX_FROM)
        .then(|| w.head_index.get_or_init(|| HeadIndex::new(name_words)));
    let Some(candidates) = index.and_then(|index| index.candidates(key, head)) else {
        let mut found = None;
        for (n, words) in name_words.iter().enumerate() {
            if has(words) {
                if found.is_some_and(|f| f != n) {
                    return None;
                }
                found = Some(n);
            }
        }
        return found;
    };
    let mut found = None;
    for n in candidates {
        if found != Some(n) && name_words.get(n).is_some_and(|words| has(words)) {
            if found.is_some() {
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// Above how many organisations [`org_with_head`] looks words up in a
/// [`HeadIndex`], and [`default_org`] in [`OrgNames`], rather than
/// testing every name.
const INDEX_FROM: usize = 48;

/// The organisations by the loose words of their names
/// ([`org_name_words`]), for [`org_with_head`] in a text of many bodies:
/// keyed by hashes, so a lookup gives candidates that the caller tests.
struct HeadIndex {
    /// Each word.
    words: HashMap<u64, Vec<usize>, Fx>,
    /// Each word of eight bytes or more by its last four (a word that
    /// ends in the head: "Landesamt" for "Amt", "Wasserverband" for
    /// "Verband").
    tails: HashMap<[u8; 4], Vec<usize>, Fx>,
    /// Each first word of five bytes or more (a compound of the first
    /// word: "Verkehrsausschuss" for "Ausschuss für Verkehr").
    firsts: HashMap<u64, Vec<usize>, Fx>,
}

impl HeadIndex {
    fn new(name_words: &[Vec<String>]) -> HeadIndex {
        let mut words: HashMap<u64, Vec<usize>, Fx> = HashMap::default();
        let mut tails: HashMap<[u8; 4], Vec<usize>, Fx> = HashMap::default();
        let mut firsts: HashMap<u64, Vec<usize>, Fx> = HashMap::default();
        for (n, name) in name_words.iter().enumerate() {
            for word in name {
                let of = words.entry(Fx.hash_one(word.as_str())).or_default();
                if of.last() != Some(&n) {
                    of.push(n);
                }
                if word.len() >= 8
                    && let Some(&tail) = word.as_bytes().last_chunk::<4>()
                {
                    let of = tails.entry(tail).or_default();
                    if of.last() != Some(&n) {
                        of.push(n);
                    }
                }
            }
            if let Some(first) = name.first().filter(|f| f.len() >= 5) {
                firsts
                    .entry(Fx.hash_one(first.as_str()))
                    .or_default()
                    .push(n);
            }
        }
        HeadIndex {
            words,
            tails,
            firsts,
        }
    }

    /// The organisations that may have `key` or `head` among their words,
    /// a word ending in `head`, or a first word that `head` ends in, in
    /// order, each once; `None` for a head too short to look up (under
    /// four bytes: a word ending in it is no word of eight).
    fn candidates(&self, key: &str, head: &str) -> Option<Vec<usize>> {
        fn of<'m>(map: &'m HashMap<u64, Vec<usize>, Fx>, s: &str) -> &'m [usize] {
            map.get(&Fx.hash_one(s)).map_or(&[], Vec::as_slice)
        }
        let tail = head.as_bytes().last_chunk::<4>()?;
        let mut out = of(&self.words, key).to_vec();
        out.extend_from_slice(of(&self.words, head));
        // (a word that ends in the head is four bytes longer: eight or more)
        out.extend(self.tails.get(tail).into_iter().flatten());
        for (i, _) in head.char_indices().filter(|&(i, _)| i >= 4) {
            if head.len() - i >= 5 {
                out.extend_from_slice(of(&self.firsts, &head[i..]));
            }
        }
        out.sort_unstable();
        out.dedup();
        Some(out)
    }
}

/// "Leiterin der Abteilung Wasser", "Leiter des Teams Energierecht": a
/// role in a unit of a body that the text does not name with it belongs
/// to a body named right after the unit ("Leiter der Klinik für Geflügel an
/// der Stiftung …"), else to the body of the holder's other role
/// ("Oberstaatsanwältin …, Leiterin der Abteilung …"), else to the one body
/// its sentence names before it, else to the first body of the document,
/// mostly its sender.
fn unit_org(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>, person: usize) -> Option<usize> {
    const UNITS: &[&str] = &[
        "abteilung",
        "referat",
        "team",
        "fachdienst",
        "dezernat",
        "bereich",
        "stabsstelle",
        "sachgebiet",
        "sektion",
        "fachgebiet",
        "klinik",
        // a town's or district's offices: "Gesundheitsamt", "Jugendamt"
        "amt",
        "kämmerei",
    ];
    // the unit's noun: "Leiterin der Abteilung …", "Postdoktorand in der
    // Abteilung von …", "Referentin im Referat …"
    let noun = match w.key(r.end) {
        "der" | "des" => r.end + 1,
        "in" if matches!(w.key(r.end + 1), "der" | "dem") => r.end + 2,
        "im" => r.end + 1,
        _ => return None,
    };
    let unit = nominative_head(w.key(noun));
    let unit = unit
        .strip_suffix('s')
        .filter(|u| u.ends_with("referat") || u.ends_with("team"))
        .unwrap_or(unit);
    // (not a unit a prefix names: "der WLV-Sektion Salzburg")
    if !UNITS.iter().any(|u| unit.ends_with(u)) || unit.contains('-') {
        return None;
    }
    let usable = |o: &Organisation<'_>| !o.mentions.is_empty() && o.kind != OrgKind::Party;
    let here = *w.sentence_of.get(r.start)?;
    let starts_at = |k: usize| {
        let at = w.tok(k)?.span.start;
        ents.organisations
            .iter()
            .position(|o| usable(o) && mention_at(o, at).is_some())
    };
    for k in noun + 1..(noun + 13).min(w.toks.len()) {
        if w.sentence_of[k] != here || w.key(k) == "," {
            break;
        }
        if matches!(
            w.key(k),
            "an" | "am" | "im" | "beim" | "bei" | "vom" | "von"
        ) {
            let k = if matches!(w.key(k + 1), "der" | "dem" | "den") {
                k + 2
            } else {
                k + 1
            };
            if let Some(o) = starts_at(k) {
                return Some(o);
            }
        }
    }
    if let Some(o) = ents.people[person]
        .roles
        .iter()
        .filter_map(|&x| ents.roles.get(x)?.organisation)
        .next()
    {
        return Some(o);
    }
    let (lo, hi) = (sentence_bytes(w, r.start, 0), w.toks[r.start].span.start);
    let mut found = ents
        .organisations
        .iter()
        .enumerate()
        .filter(|(_, o)| usable(o) && mentioned_in(o, lo, hi))
        .map(|(n, _)| n);
    if let (Some(n), None) = (found.next(), found.next()) {
        return Some(n);
    }
    // (mentions are in text order: the first is the earliest)
    ents.organisations
        .iter()
        .enumerate()
        .filter(|(_, o)| usable(o))
        .min_by_key(|(_, o)| o.mentions.first().map(|m| m.span.start))
        .map(|(n, _)| n)
}

/// How far back or on (in tokens) the role linker looks for "this or the
/// sentence before": sentences are a few dozen tokens; a text without full
/// stops (a table, a list) must not make each role walk all of it.
const SENTENCE_WINDOW: usize = 120;

/// How far back (in bytes) the role linker looks for the start of a
/// role's paragraph: paragraphs of press releases are far shorter.
const PARAGRAPH_REACH: usize = 3000;

/// An office of a body that the text does not name with it belongs to the
/// body the text names most often, if one stands out.
fn sender_org(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>) -> Option<usize> {
    const OFFICES: &[&str] = &[
        "leiter",
        "leiterin",
        "direktor",
        "direktorin",
        "präsident",
        "präsidentin",
        "sprecher",
        "sprecherin",
        "vorsitzende",
        "vorsitzender",
        "geschäftsführer",
        "geschäftsführerin",
        "referent",
        "referentin",
        // "Zugführerin", "Gruppenführer"
        "führer",
        "führerin",
    ];
    let title = super::lexicon::fold(&r.title);
    let last = title.rsplit(' ').next().unwrap_or(&title);
    // (not a party's or a ministry's office: "Fraktionssprecher",
    // "bildungspolitische Sprecherin", "Ministerialdirektorin")
    if !OFFICES.iter().any(|o| last.ends_with(o))
        || ["fraktion", "politisch", "ministerial", "partei"]
            .iter()
            .any(|x| title.contains(x))
    {
        return None;
    }
    let (dominant, publisher) = w.org_index(ents).sender(w, ents);
    match dominant {
        Some(n) => Some(n),
        // else the publisher: the body whose name is the text's first line
        // ("Universität Potsdam\nPresseinformation …"), but not for a
        // police rank or a works council's chair, who serve a body of
        // their own, nor when a genitive names another body the walk did
        // not take ("Sprecherin der Bürgerinitiative gegen …")
        _ if ["kriminal", "polizei", "betriebsrat", "personalrat"]
            .iter()
            .any(|x| title.contains(x))
            || (matches!(w.key(r.end), "des" | "der" | "von" | "vom")
                && (r.end + 1..(r.end + 4).min(w.toks.len())).any(|k| {
                    let h = &w.feat(k).heads;
                    w.toks[k].is_capitalised()
                        && (h.spec.is_some()
                            || h.place.is_some()
                            || h.descriptor.is_some()
                            || w.feat(k).named_head)
                })) =>
        {
            None
        }
        None => publisher,
    }
}

/// Each of `people` people's sex by the first names of their mentions
/// (`b'u'` when none tells).
fn sex_by_name(hits: &Hits, person_of_hit: &[usize], people: usize) -> Vec<u8> {
    let mut sex_of = vec![b'u'; people];
    for (h, &p) in hits.people.iter().zip(person_of_hit) {
        if let Some(s) = sex_of.get_mut(p)
            && h.sex != b'u'
        {
            *s = h.sex;
        }
    }
    sex_of
}

/// The body whose name stands alone on the text's first line: a release's
/// publisher.
fn publisher(w: &Walk<'_, '_>, ents: &Entities<'_>) -> Option<usize> {
    let text = w.text.trim_start();
    let start = w.text.len() - text.len();
    let line = text.lines().next()?.trim_end();
    let end = start + line.len();
    ents.organisations.iter().position(|o| {
        o.kind != OrgKind::Party
            && o.mentions.first().is_some_and(|m| {
                m.span.start <= start + 4 && m.span.end + 4 >= end && m.span.end <= end
            })
    })
}

/// Whether two titles name one office: one a compound of the other after
/// a part that names the body or the field ("Gesundheitssenatorin" and
/// "Senatorin", "Landtagspräsident" and "Präsident"), not a rank or level
/// ("Vizepräsident", "Oberbürgermeister", "Landesvorsitzender").
fn same_office(a: &str, b: &str) -> bool {
    const RANKS: &[&str] = &[
        "vize",
        "ober",
        "unter",
        "ehren",
        "haupt",
        "general",
        "landes",
        "bundes",
        "kreis",
        "bezirks",
        "stadt",
        "orts",
        "regional",
        "ko",
        "co",
        "mit",
        "erst",
        "chef",
        "fach",
        "abteilung",
        "bereich",
        "referat",
        "projekt",
        "presse",
        "team",
        "gruppe",
    ];
    let (a, b) = (super::lexicon::fold(a), super::lexicon::fold(b));
    if a.contains(' ') || b.contains(' ') || a == b {
        return a == b;
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let Some(part) = long.strip_suffix(short.as_str()) else {
        return false;
    };
    part.chars().count() >= 5 && !RANKS.iter().any(|r| part.starts_with(r))
}

/// The parent's name in a unit's name that ends with it: "Kriminaltechnisches
/// Institut des LKA" → "LKA"; "Presse- und Informationsamt der Stadt
/// Münster" is left to itself: an office (Amt) is an authority of its own
/// for some readers and a unit for others; an institute, department,
/// division or chair is a unit (not a federal or Land one, nor one with a
/// remit: "Institut für … der Universität X" is a body of its own).
fn unit_parent(name: &str) -> Option<&str> {
    const UNITS: &[&str] = &[
        "institut",
        "abteilung",
        "referat",
        "dezernat",
        "fachbereich",
        "lehrstuhl",
        "stabsstelle",
        "fachgebiet",
        "department",
        "sachgebiet",
        "fachdienst",
    ];
    let cut = [" des ", " der "]
        .iter()
        .filter_map(|s| name.find(s))
        .min()?;
    let unit = &name[..cut];
    let parent = name.get(cut + 5..)?;
    let head = super::lexicon::fold(unit.rsplit([' ', '-']).next().unwrap_or(unit));
    let is_unit = UNITS.iter().any(|u| head.ends_with(u))
        && !head.starts_with("bundes")
        && !head.starts_with("landes")
        && !unit.contains(" für ");
    (is_unit && parent.starts_with(char::is_uppercase)).then_some(parent)
}

/// "Das Landvolk Niedersachsen warnte … . Vizepräsident X forderte …": a
/// role opening its sentence after a sentence whose subject, opening it,
/// is a body (not a party) belongs to that body.
fn subject_body_before(
    w: &Walk<'_, '_>,
    r: &RoleHit,
    hits: &Hits,
    org_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let opens = w.initial[r.start]
        || (r.start > 0
            && w.initial[r.start - 1]
            && matches!(w.key(r.start - 1), "der" | "die" | "den" | "dem"));
    if !opens || r.start == 0 {
        return None;
    }
    // only a generic office, not one that names its body or a minister's
    // ("Landtagspräsident", "Infrastrukturministerin")
    let title = super::lexicon::fold(&r.title);
    let noun = title.rsplit(' ').next().unwrap_or(&title);
    let noun = [
        "vize",
        "haupt",
        "presse",
        "vorstands",
        "regional",
        "verbands",
        "betriebs",
        "projekt",
        "general",
        "bundes",
        "landes",
    ]
    .iter()
    .find_map(|p| noun.strip_prefix(p))
    .unwrap_or(noun);
    if !matches!(
        noun,
        "präsident"
            | "präsidentin"
            | "vorsitzender"
            | "vorsitzende"
            | "sprecher"
            | "sprecherin"
            | "geschäftsführer"
            | "geschäftsführerin"
            | "direktor"
            | "direktorin"
            | "leiter"
            | "leiterin"
            | "vorstand"
    ) {
        return None;
    }
    let before = sentence_start(w, r.start - 1, 0);
    if w.sentence_of.get(before)? + 1 != *w.sentence_of.get(r.start)? {
        return None;
    }
    let k = if matches!(w.key(before), "der" | "die" | "das") {
        before + 1
    } else {
        before
    };
    let subject = hits
        .covered(k)
        .filter(|&(kind, _)| kind == HitKind::Org)
        .and_then(|(_, id)| {
            let h = &hits.orgs[id as usize];
            if h.start != k || h.kind == OrgKind::Party {
                return None;
            }
            // the body is the subject: a verb right after it
            let verb = w.tok(h.end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.is_capitalised()
                    && !matches!(w.key(h.end), "und" | "oder")
            });
            verb.then(|| org_at(k)).flatten()
        });
    // else the one body the sentence before names ("Den Betrieb übernimmt
    // die Linzgau Mobil GmbH. Betriebsleiterin X …")
    subject.or_else(|| {
        let mut found = None;
        let mut k = before;
        while k < r.start {
            if let Some((HitKind::Org, id)) = hits.covered(k) {
                let h = &hits.orgs[id as usize];
                if h.kind != OrgKind::Party {
                    let o = org_at(h.start)?;
                    if found.is_some_and(|f| f != o) {
                        return None;
                    }
                    found = Some(o);
                }
                k = h.end.max(k + 1);
            } else {
                k += 1;
            }
        }
        found
    })
}

/// The index of the only item, if there is exactly one.
fn sole<'o, T: 'o>(mut items: impl Iterator<Item = (usize, &'o T)>) -> Option<usize> {
    let (n, _) = items.next()?;
    items.next().is_none().then_some(n)
}

/// "die Landesbeauftragte Dr. …", "Gesundheitssenatorin …": the one body
/// the text names as an office ("Landesbeauftragte für Datenschutz …",
/// "Senatorin für Gesundheit, Frauen und Verbraucherschutz") whose title
/// the role's is, or ends in with the portfolio's first word before it.
fn office_body(r: &RoleHit, offices: &Offices) -> Option<usize> {
    if offices.is_empty() {
        return None;
    }
    let title = super::lexicon::fold(&r.title);
    if title.contains(" für ") {
        return None;
    }
    let noun = title.rsplit(' ').next().unwrap_or(&title);
    let noun = loose(noun);
    let mut found = None;
    // the office itself, or a compound ending in it: each suffix once
    for (b, _) in noun.char_indices() {
        let (field, office) = noun.split_at(b);
        let Some(bodies) = offices.get(office) else {
            continue;
        };
        let field = field.strip_suffix('s').unwrap_or(field);
        if b > 0 && field.chars().count() < 4 {
            continue;
        }
        for (portfolio, n) in bodies {
            if b == 0 || portfolio.starts_with(field) {
                if found.is_some_and(|f| f != *n) {
                    return None;
                }
                found = Some(*n);
            }
        }
    }
    found
}

/// The bodies named as an office with a portfolio ("Landesbeauftragte für
/// Datenschutz …"): by the office's loose key, each portfolio (folded) and
/// body.
type Offices = HashMap<String, Vec<(String, usize)>, Fx>;

/// [`Offices`] of the text's organisations.
fn offices_of(ents: &Entities<'_>) -> Offices {
    let mut out = Offices::default();
    for (n, o) in ents.organisations.iter().enumerate() {
        // (the cheap tests on the name as written first)
        if !matches!(o.kind, OrgKind::Authority | OrgKind::Ministry)
            || o.name
                .split_once(" für ")
                .is_none_or(|(office, _)| office.contains(' '))
        {
            continue;
        }
        let name = super::lexicon::fold(&o.name);
        if let Some((office, portfolio)) = name.split_once(" für ") {
            out.entry(loose(office).to_owned())
                .or_default()
                .push((portfolio.to_owned(), n));
        }
    }
    out
}

/// "Verbandsvorsteher", "Kammerpräsidentin", "Klinikdirektor": a title whose
/// first part names a kind of body belongs to the one body the text names
/// with a word that ends in that part ("Oldenburgisch-Ostfriesischer
/// Wasserverband", "Industrie- und Handelskammer Schwaben"); not the parts
/// that say rank, field or level ("Landesvorsitzender", "Projektleiterin").
fn body_of_title_part(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>) -> Option<usize> {
    const HEADS: &[&str] = &[
        "vorsteherin",
        "vorsteher",
        "präsidentin",
        "präsident",
        "direktorin",
        "direktor",
        "leiterin",
        "leiter",
        "vorsitzende",
        "vorsitzender",
        "geschäftsführerin",
        "geschäftsführer",
    ];
    const NO_BODY: &[&str] = &[
        "lande",
        "bundes",
        "stadt",
        "kreis",
        "haupt",
        "general",
        "bereich",
        "abteilung",
        "projekt",
        "referat",
        "presse",
        "team",
        "fach",
        "ober",
        "vize",
        "ehren",
        "gruppe",
        "sachgebiet",
        "dezernat",
        "einsatz",
        "betriebsrat",
        "personalrat",
        "aufsichtsrat",
        "verwaltungsrat",
        "vorstand",
        "fraktion",
        "bezirk",
        "gebiet",
    ];
    let title = super::lexicon::fold(&r.title);
    if title.contains(' ') {
        return None;
    }
    let rest = HEADS.iter().find_map(|h| title.strip_suffix(h))?;
    // ("Regierungsvizepräsidentin": the body before the rank)
    let rest = rest.strip_suffix("vize").unwrap_or(rest);
    let part = rest.strip_suffix('s').unwrap_or(rest);
    // "Amtsvorsteher", "Amtsdirektorin": the one union of municipalities
    // the text names ("Amt Eiderstedt").
    if part == "amt" {
        let mut found = None;
        for (n, o) in ents.organisations.iter().enumerate() {
            if o.kind == OrgKind::Municipality && o.name.starts_with("Amt ") {
                if found.is_some() {
                    return None;
                }
                found = Some(n);
            }
        }
        return found;
    }
    if part.chars().count() < 5 || NO_BODY.iter().any(|n| part.ends_with(n)) {
        return None;
    }
    let mut found = None;
    let names = w.org_index(ents).names(ents);
    for (n, o) in ents.organisations.iter().enumerate() {
        if o.mentions.is_empty() || o.kind == OrgKind::Party {
            continue;
        }
        if names.name(n).split([' ', '-']).any(|x| x.ends_with(part)) {
            if found.is_some() {
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// "Oberstaatsanwältin", "Professorin für Stadtklimatologie",
/// "Polizeipräsident": a title that only one kind of body gives belongs
/// to the one body of that kind the text names ("Generalstaatsanwaltschaft
/// Bamberg", "Universität Bremen", "Polizeipräsidium Mittelfranken",
/// "SHK-Innung Hamburg" for its "Obermeister"), of those named before the
/// title (one named only after it may be a neighbour's: "Professorin für
/// Informatik (TUM) … die Hochschule für Musik").
fn body_of_office_kind(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>) -> Option<usize> {
    let at = w.toks[r.start].span.start;
    let title = super::lexicon::fold(&r.title);
    let noun = title.split(' ').next().unwrap_or(&title);
    // (the kind the body must be: a member's house is a parliament, not a
    // group in it, "SPD-Fraktion im Hessischen Landtag"; a district's
    // office a municipal body, not "Kreissparkasse")
    let mut kind = None;
    // (an Austrian Land's government member: "Landesrätin", "Landeshauptmann"
    // → "Land Vorarlberg")
    let mut land = false;
    // (a canton's adjective before the title: the first letters of its
    // name)
    let mut canton: Option<&str> = None;
    let (directorate, directorates);
    let bodies: &[&str] = if (noun.ends_with("landesrat")
        || noun.ends_with("landesrätin")
        || matches!(noun, "landeshauptmann" | "landeshauptfrau"))
        // (a Landschaftsverband's Landesrätin heads one of its departments)
        && !ents
            .organisations
            .iter()
            .any(|o| o.name.starts_with("Landschaftsverband"))
    {
        land = true;
        &["land "]
    } else if noun.ends_with("staatsanwalt") || noun.ends_with("staatsanwältin") {
        &["staatsanwaltschaft"]
    } else if noun.ends_with("professor")
        || noun.ends_with("professorin")
        || matches!(noun, "rektor" | "rektorin" | "dekan" | "dekanin")
    {
        &["universität", "hochschule"]
    } else if title.ends_with(" landesbeamter")
        || title.ends_with(" landesbeamte")
        || title.ends_with(" landesbeamtin")
    {
        // the Landrat's deputy: "Erster Landesbeamter"
        kind = Some(OrgKind::Municipality);
        &["kreis", "landratsamt"]
    } else if matches!(noun, "polizeipräsident" | "polizeipräsidentin") {
        &["polizeipräsidium"]
    } else if let Some(field) = noun
        .strip_suffix("direktor")
        .or_else(|| noun.strip_suffix("direktorin"))
        .filter(|field| CANTON_DIRECTORATES.binary_search(field).is_ok())
    {
        // a Swiss canton's head of department: "Gesundheitsdirektorin" →
        // "Gesundheitsdirektion" (not another canton's: "die Berner
        // Gesundheitsdirektorin" with "… des Kantons Zug"; the text's own
        // is: "die Zürcher Gesundheitsdirektorin")
        if r.start > 0
            && w.is_word(r.start - 1)
            && w.toks[r.start - 1].is_capitalised()
            && !w.initial[r.start - 1]
            && !w.is_function(r.start - 1)
            && let Some(stem) = w.key(r.start - 1).strip_suffix("er")
        {
            canton = stem.get(..3);
        }
        kind = Some(OrgKind::Ministry);
        directorate = format!("{field}direktion");
        directorates = [directorate.as_str()];
        &directorates
    } else if matches!(noun, "städteregionsrat" | "städteregionsrätin") {
        &["städteregion"]
    } else if matches!(
        noun,
        "deichgräf" | "deichgraf" | "deichgräfin" | "deichgrafin"
    ) {
        // the head of a dyke association
        &["deichverband"]
    } else if matches!(noun, "landesbischof" | "landesbischöfin") {
        // a Protestant Land church's bishop
        &["landeskirche"]
    } else if matches!(noun, "superintendent" | "superintendentin") {
        // the head of a church district
        &["kirchenkreis"]
    } else if matches!(noun, "obermeister" | "obermeisterin") {
        // the head of a craft's guild
        &["innung"]
    } else if matches!(noun, "kantonsrat" | "kantonsrätin") {
        kind = Some(OrgKind::Parliament);
        &["kantonsrat"]
    } else if matches!(noun, "abgeordneter" | "abgeordnete") {
        // a member of the one parliament the text names
        kind = Some(OrgKind::Parliament);
        &["landtag", "bundestag", "bürgerschaft", "abgeordnetenhaus"]
    } else {
        return None;
    };
    sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
        let Some(first) = o.mentions.first() else {
            return false;
        };
        if first.span.start > at || kind.is_some_and(|k| o.kind != k) {
            return false;
        }
        let name = super::lexicon::fold(&o.name);
        if land {
            return name.starts_with("land ");
        }
        if let Some(c) = canton
            && !name.split(' ').any(|word| word.starts_with(c))
        {
            return false;
        }
        !(kind == Some(OrgKind::Parliament) && name.contains("fraktion"))
            && bodies.iter().any(|b| name.contains(b))
    }))
}

/// The token where the sentence `back` sentences before token `k`'s starts
/// (0: `k`'s own), at most [`SENTENCE_WINDOW`] tokens back; `k` itself when
/// it is past the tokens.
fn sentence_start(w: &Walk<'_, '_>, k: usize, back: u32) -> usize {
    let Some(&here) = w.sentence_of.get(k) else {
        return k;
    };
    let mut from = k;
    while from > 0 && k - from < SENTENCE_WINDOW && w.sentence_of[from - 1] + back >= here {
        from -= 1;
    }
    from
}

/// The byte where [`sentence_start`] is, or 0 past the tokens.
fn sentence_bytes(w: &Walk<'_, '_>, k: usize, back: u32) -> usize {
    w.toks
        .get(sentence_start(w, k, back))
        .map_or(0, |t| t.span.start)
}

/// The organisation named alone on the line that starts at token `k` (its
/// acronym in brackets may follow), if any.
fn org_alone_on_line(w: &Walk<'_, '_>, ents: &Entities<'_>, k: usize) -> Option<usize> {
    let at = w.tok(k)?.span.start;
    // (the first organisation, by its first mention that starts there)
    let mut tried: Option<usize> = None;
    w.org_index(ents)
        .starting_in(at, at + 1)
        .iter()
        .find_map(|&(_, _, n)| {
            if tried == Some(n) {
                return None;
            }
            tried = Some(n);
            mention_at(&ents.organisations[n], at).filter(|m| {
                let mut after = w.toks.partition_point(|t| t.span.start < m.span.end);
                if w.key(after) == "(" {
                    after = (after + 1..(after + 5).min(w.toks.len()))
                        .find(|&c| w.key(c) == ")")
                        .map_or(after, |c| c + 1);
                }
                // (or a department after a comma: "Universität des Saarlandes,
                // Presse und Kommunikation")
                if w.key(after) == "," {
                    let line_end = (after + 1..(after + 8).min(w.toks.len() + 1))
                        .find(|&e| w.line_break_before(e) || e == w.toks.len());
                    if let Some(e) = line_end
                        && (after + 1..e).all(|j| {
                            w.is_word(j)
                                && (w.toks[j].is_capitalised()
                                    || matches!(w.key(j), "und" | "für" | "&"))
                        })
                    {
                        return true;
                    }
                }
                w.line_break_before(after)
            })?;
            Some(n)
        })
}

/// The mention of `o` that starts at byte `at`, if any (its mentions are in
/// text order: a binary search).
fn mention_at<'o, 't>(o: &'o Organisation<'t>, at: usize) -> Option<&'o Mention<'t>> {
    let i = o.mentions.partition_point(|m| m.span.start < at);
    o.mentions.get(i).filter(|m| m.span.start == at)
}

/// The last mention of `o` that starts at or before byte `at`, if any.
fn last_mention_from<'o, 't>(o: &'o Organisation<'t>, at: usize) -> Option<&'o Mention<'t>> {
    let i = o.mentions.partition_point(|m| m.span.start <= at);
    o.mentions.get(i.checked_sub(1)?)
}

/// Whether a mention of `o` starts in the bytes `lo..hi` (its mentions are
/// in text order: a binary search, not a scan, as long texts have many).
fn mentioned_in(o: &Organisation<'_>, lo: usize, hi: usize) -> bool {
    let first = o.mentions.partition_point(|m| m.span.start < lo);
    o.mentions.get(first).is_some_and(|m| m.span.start < hi)
}

/// What the joins after grouping ask of the organisations again and
/// again, made once per document: each role used to scan every
/// organisation's mentions and fold every name afresh, which made a long
/// text's linking grow with its roles times its bodies.
///
/// Built from the organisations as [`group_orgs`] leaves them; they do not
/// change afterwards (linking adds roles, not bodies).
struct OrgIndex {
    /// Every mention as (start byte, end byte, organisation), by start;
    /// of one start, by organisation and then in the organisation's order.
    mentions: Vec<(usize, usize, usize)>,
    /// The longest mention's length in bytes: a mention that covers a
    /// byte starts no further than this before it.
    longest: usize,
    /// (kind as `OrgKind as usize`, organisation), sorted.
    by_kind: Vec<(usize, usize)>,
    /// The names folded and looked up by their words, made when first
    /// asked ([`OrgIndex::names`]).
    names: std::cell::OnceCell<OrgNames>,
    /// The body the text mentions most by far, if one is, else the one
    /// alone on its first line (see [`sender_org`]): made when asked.
    sender: std::cell::OnceCell<(Option<usize>, Option<usize>)>,
    /// The answers of [`OrgIndex::once`] so far, by question.
    answers: std::cell::RefCell<Vec<(&'static str, Option<usize>)>>,
}

impl OrgIndex {
    fn new(ents: &Entities<'_>) -> OrgIndex {
        let mut mentions = Vec::new();
        let mut longest = 0;
        let mut by_kind = Vec::with_capacity(ents.organisations.len());
        for (n, o) in ents.organisations.iter().enumerate() {
            by_kind.push((o.kind as usize, n));
            for m in &o.mentions {
                mentions.push((m.span.start, m.span.end, n));
                longest = longest.max(m.span.end.saturating_sub(m.span.start));
            }
        }
        by_kind.sort_unstable();
        // (stable: one start's mentions stay in organisation order)
        mentions.sort_by_key(|&(start, _, _)| start);
        OrgIndex {
            mentions,
            longest,
            by_kind,
            names: std::cell::OnceCell::new(),
            sender: std::cell::OnceCell::new(),
            answers: Default::default(),
        }
    }

    /// The body the text mentions most by far, if one is, and the body
    /// alone on its first line (`ents` as for [`OrgIndex::new`]).
    fn sender(&self, w: &Walk<'_, '_>, ents: &Entities<'_>) -> (Option<usize>, Option<usize>) {
        *self.sender.get_or_init(|| {
            // The most mentioned body (of equal counts the later), if it
            // has at least three mentions and twice the next one's, or is
            // the only body and has two.
            let mut top: Option<(usize, usize)> = None;
            let mut next = 0;
            let mut bodies = 0;
            for (n, o) in ents.organisations.iter().enumerate() {
                if o.kind == OrgKind::Party {
                    continue;
                }
                bodies += 1;
                let this = (o.mentions.len(), n);
                match top {
                    Some(t) if t > this => next = next.max(this.0),
                    _ => {
                        next = next.max(top.map_or(0, |t| t.0));
                        top = Some(this);
                    }
                }
            }
            let dominant = match top {
                Some((a, n)) if bodies > 1 && a >= 3 && a >= 2 * next => Some(n),
                Some((a, n)) if bodies == 1 && a >= 2 => Some(n),
                _ => None,
            };
            (dominant, publisher(w, ents))
        })
    }

    /// The organisations' names folded and by their words (`ents` as
    /// for [`OrgIndex::new`]).
    fn names(&self, ents: &Entities<'_>) -> &OrgNames {
        self.names.get_or_init(|| OrgNames::new(ents))
    }

    /// The answer to a question about the document's organisations that
    /// no role changes ("the first fire service"), asked once per document
    /// (`question` names it) rather than once per role.
    fn once(
        &self,
        question: &'static str,
        answer: impl FnOnce() -> Option<usize>,
    ) -> Option<usize> {
        if let Some(&(_, known)) = self.answers.borrow().iter().find(|(q, _)| *q == question) {
            return known;
        }
        let known = answer();
        self.answers.borrow_mut().push((question, known));
        known
    }

    /// The organisations of the kinds `kinds`, in order.
    fn of_kinds(&self, kinds: &[OrgKind]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &kind in kinds {
            let kind = kind as usize;
            let from = self.by_kind.partition_point(|&(k, _)| k < kind);
            let of = self.by_kind[from..].iter().take_while(|&&(k, _)| k == kind);
            out.extend(of.map(|&(_, n)| n));
        }
        if kinds.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
        out
    }

    /// The mentions that start in the bytes `lo..hi`.
    fn starting_in(&self, lo: usize, hi: usize) -> &[(usize, usize, usize)] {
        let from = self.mentions.partition_point(|&(s, _, _)| s < lo);
        let to = self.mentions.partition_point(|&(s, _, _)| s < hi);
        self.mentions.get(from..to.max(from)).unwrap_or(&[])
    }

    /// Each body's last mention that starts before byte `at`, the nearest
    /// first, over the [`REFERENCE_REACH`] mentions before it at most (a
    /// release has far fewer; in a long text a reference back is to a
    /// body named in its part). Of one start, the highest organisation
    /// comes first.
    fn last_mentions_before(&self, at: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let before = self.starting_in(0, at);
        let reach = before.len().saturating_sub(REFERENCE_REACH);
        let mut seen: std::collections::HashSet<usize, Fx> = Default::default();
        before[reach..]
            .iter()
            .rev()
            .filter(move |&&(_, _, n)| seen.insert(n))
            .copied()
    }

    /// The mentions that may cover byte `at`: all that start at most
    /// [`OrgIndex::longest`] bytes before it, up to it.
    fn near(&self, at: usize) -> &[(usize, usize, usize)] {
        self.starting_in(at.saturating_sub(self.longest), at + 1)
    }
}

/// The organisations' names folded, and the organisations by the words
/// of their names (see [`OrgIndex`]): a few buffers, not a string or list
/// per organisation.
struct OrgNames {
    /// The names folded, one after another (folding keeps a name's spaces
    /// and hyphens where they are: its words fold alone alike).
    folded: String,
    /// Where each name ends in `folded`.
    ends: Vec<usize>,
    /// (hash of a word of a name as written, split at spaces and hyphens,
    /// organisation), sorted: candidates, which each user tests by name.
    pieces: Vec<(u64, usize)>,
    /// (first five bytes of a folded first word, organisation), sorted.
    firsts: Vec<([u8; 5], usize)>,
}

impl OrgNames {
    fn new(ents: &Entities<'_>) -> OrgNames {
        let mut folded = String::new();
        let mut ends = Vec::with_capacity(ents.organisations.len());
        let mut pieces = Vec::new();
        let mut firsts = Vec::new();
        for (n, o) in ents.organisations.iter().enumerate() {
            // (and each word between spaces: "Castrop-Rauxel")
            let hyphened = o.name.split(' ').filter(|x| x.contains('-'));
            for piece in o.name.split([' ', '-']).chain(hyphened) {
                pieces.push((Fx.hash_one(piece), n));
            }
            let start = folded.len();
            fold_into(&o.name, &mut folded);
            ends.push(folded.len());
            let first = folded[start..].split([' ', '-']).next().unwrap_or("");
            if let Some(&five) = first.as_bytes().first_chunk::<5>() {
                firsts.push((five, n));
            }
        }
        pieces.sort_unstable();
        pieces.dedup();
        firsts.sort_unstable();
        OrgNames {
            folded,
            ends,
            pieces,
            firsts,
        }
    }

    /// Organisation `n`'s name, folded.
    fn name(&self, n: usize) -> &str {
        let start = n
            .checked_sub(1)
            .map_or(Some(0), |p| self.ends.get(p).copied())
            .unwrap_or(0);
        self.ends
            .get(n)
            .and_then(|&end| self.folded.get(start..end))
            .unwrap_or("")
    }

    /// The organisations with the word `piece` in their names as written,
    /// in order, and perhaps a few others.
    fn with_piece(&self, piece: &str) -> impl Iterator<Item = usize> + '_ {
        let hash = Fx.hash_one(piece);
        let from = self.pieces.partition_point(|&(h, _)| h < hash);
        self.pieces[from..]
            .iter()
            .take_while(move |&&(h, _)| h == hash)
            .map(|&(_, n)| n)
    }

    /// The organisations whose folded first word starts with `five`, in
    /// order.
    fn with_first5(&self, five: [u8; 5]) -> impl Iterator<Item = usize> + '_ {
        let from = self.firsts.partition_point(|(f, _)| *f < five);
        self.firsts[from..]
            .iter()
            .take_while(move |(f, _)| *f == five)
            .map(|&(_, n)| n)
    }
}

impl Walk<'_, '_> {
    /// The document's [`OrgIndex`], made on first use from `ents` (whose
    /// organisations are final by then).
    fn org_index(&self, ents: &Entities<'_>) -> &OrgIndex {
        self.org_index.get_or_init(|| OrgIndex::new(ents))
    }
}

/// Whether a mention of any organisation covers the bytes of `t` (the
/// last of its mentions that start at or before `t`).
fn in_org_mention(w: &Walk<'_, '_>, ents: &Entities<'_>, t: &Token<'_>) -> bool {
    w.org_index(ents)
        .near(t.span.start)
        .iter()
        .any(|&(_, end, n)| {
            end >= t.span.end
                && last_mention_from(&ents.organisations[n], t.span.start)
                    .is_some_and(|m| m.span.end >= t.span.end)
        })
}

/// "Dessen Leiter, …", "Deren Geschäftsführerin …", "Ihr Landesvorsitzender
/// …": a possessive before the role points back to the organisation named
/// last before it.
fn possessive_org(
    w: &Walk<'_, '_>,
    r: &RoleHit,
    ents: &Entities<'_>,
    name_words: &mut Option<Vec<Vec<String>>>,
) -> Option<usize> {
    let mut p = r.start.checked_sub(1)?;
    // over a lowercase adjective: "Dessen bayerischer Landesvorsitzender"
    while p > 0
        && r.start - p < 3
        && w.is_word(p)
        && !w.toks[p].is_capitalised()
        && is_adjective(w.key(p))
        && !w.is_function(p)
    {
        p -= 1;
    }
    if !matches!(
        w.key(p),
        "dessen" | "deren" | "ihr" | "ihre" | "ihres" | "ihrer" | "sein" | "seine" | "seines"
    ) {
        return None;
    }
    let at = w.toks[p].span.start;
    // the mention ending last before it (mentions in text order: the one
    // before the first that starts at or after it), not a party's
    // (walked back over the mentions from it, each body at its last; a
    // mention that starts over the longest mention's length before the
    // best end cannot end after it)
    let index = w.org_index(ents);
    let mut mentioned: Option<(usize, usize)> = None;
    for (start, end, n) in index.last_mentions_before(at) {
        if mentioned.is_some_and(|(best, _)| start + index.longest < best) {
            break;
        }
        if ents.organisations[n].kind == OrgKind::Party {
            continue;
        }
        if end <= at && mentioned.is_none_or(|best| (end, n) > best) {
            mentioned = Some((end, n));
        }
    }
    // A noun of one body's name after an article, later in this or the
    // sentence before, refers to it ("Auch das Klinikum erhofft sich
    // Entlastung. Dessen Geschäftsführer …").
    let from = sentence_start(w, p, 1)
        .max(mentioned.map_or(0, |(end, _)| w.toks.partition_point(|t| t.span.start < end)));
    let noun = (from + 1..p).rev().find(|&k| {
        w.is_word(k)
            && w.toks[k].is_capitalised()
            && matches!(w.key(k - 1), "das" | "die" | "der" | "dem" | "den")
            && !in_org_mention(w, ents, &w.toks[k])
    });
    if let Some(k) = noun {
        let names = name_words.get_or_insert_with(|| org_name_words(&ents.organisations));
        if let Some(n) = org_with_head(w, k, names)
            && ents.organisations[n].kind != OrgKind::Party
        {
            return Some(n);
        }
    }
    mentioned.map(|(_, n)| n)
}

/// The organisation a role belongs to when the text leaves it implicit:
/// for any role, the body named alone on the line after the role's line (a
/// signature); for an office of a kind of body (minister, Landrat, mayor,
/// Kämmerer, board member, police, fire and judge's ranks, press officer
/// …) the body of that kind on the line before a role that starts its line
/// (a contact block), of the place the sentence names bare or in the
/// genitive, the one the sentence or the one before names, one whose name
/// starts with the title's first part, or else the first the document
/// names (mostly its sender).
fn default_org(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>) -> Option<usize> {
    let index = w.org_index(ents);
    // First a signature or contact block: the role's line ends within a few
    // words and the next line is a body's name alone ("Simone Brunnbauer,
    // Referentin Hochschulkommunikation / Technische Hochschule
    // Deggendorf").
    // (the name may have its acronym in brackets after it); else, the
    // role's line being short, a body alone on one of the three lines
    // before ("Deutsche Rentenversicherung Mitteldeutschland / Presse- und
    // Öffentlichkeitsarbeit / Susann Krahl, Pressesprecherin").
    if let Some(k) = (r.end..(r.end + 8).min(w.toks.len())).find(|&k| w.line_break_before(k)) {
        // (not past a blank line: the next contact's body)
        let blank = k > 0
            && w.text
                .get(w.toks[k - 1].span.end..w.toks[k].span.start)
                .is_some_and(|gap| gap.matches('\n').count() >= 2);
        if !blank && let Some(n) = org_alone_on_line(w, ents, k) {
            return Some(n);
        }
        let mut line = r.start;
        while line > 0 && r.start - line < 6 && !w.line_break_before(line) {
            line -= 1;
        }
        if w.line_break_before(line) {
            for _ in 0..3 {
                // the start of the line before
                let mut prev = line.saturating_sub(1);
                while prev > 0 && line - prev < 12 && !w.line_break_before(prev) {
                    prev -= 1;
                }
                if prev == line || !(prev == 0 || w.line_break_before(prev)) {
                    break;
                }
                if let Some(n) = org_alone_on_line(w, ents, prev) {
                    return Some(n);
                }
                line = prev;
            }
        }
    }
    let key = super::lexicon::fold(&r.title);
    // the title's noun, before any portfolio ("Bezirksstadtrat für Jugend
    // und Gesundheit")
    let head = key
        .split(" für ")
        .next()
        .and_then(|h| h.split(" am ").next())
        .unwrap_or(&key);
    let last = head.rsplit(' ').next().unwrap_or(head);
    let last = last
        .strip_suffix("in")
        .filter(|_| r.gender == Gender::Feminine)
        .unwrap_or(last);
    // (the umlaut of a plural-looking stem: "Landrät" of "Landrätin")
    let last = if last.contains('ä') {
        last.replace("rät", "rat")
            .replace("vorständ", "vorstand")
            .replace("anwält", "anwalt")
    } else {
        last.to_string()
    };
    // Police ranks and offices belong to a police authority, not to any
    // authority the text names; fire ranks to a fire service, if the text
    // names one ("Brandoberrat", "Brandamtmann").
    let police = last.starts_with("polizei") || last.starts_with("kriminal");
    // (a Kreiswehrführer heads the district's fire service association, a
    // Gemeinde- or Ortswehrführer a local fire service)
    if last.ends_with("wehrführer") {
        let district = last.starts_with("kreis");
        return index.once(if district { "kreiswehr" } else { "wehr" }, || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && if district {
                        o.name.contains("reisfeuerwehr")
                    } else {
                        o.name.contains("Feuerwehr") && !o.name.contains("verband")
                    }
            })
        });
    }
    if last.starts_with("brand")
        && !last.starts_with("brandenburg")
        && let Some(n) = index.once("brand", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && (o.name.contains("euerwehr") || o.name.starts_with("Branddirektion"))
            })
        })
    {
        return Some(n);
    }
    // A parish's offices belong to the one parish the text names ("Pfarrer
    // Emmanuel Nwosu" of "der Kirchengemeinde St. Petrus"), else to the
    // church below.
    let parish = |o: &Organisation<'_>| {
        ["Kirchengemeinde", "Pfarrgemeinde", "Pfarrei"]
            .iter()
            .any(|p| o.name.contains(p))
    };
    if (last.ends_with("pfarrer") || last == "pastor" || last == "kaplan")
        && let Some(n) = index.once("parish", || {
            sole(
                ents.organisations
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| !o.mentions.is_empty() && parish(o)),
            )
        })
    {
        return Some(n);
    }
    // A church's offices belong to the one church the text names
    // ("Regionalbischöfin", "Landesbischof", "Superintendentin", "Präses").
    if (last.ends_with("bischof")
        || last.ends_with("bischöf")
        || last.ends_with("superintendent")
        || last == "präses"
        || last.ends_with("pfarrer")
        // (a diocese's vicar general and its offices: "Diözesanbaumeisterin")
        || last == "generalvikar"
        || last.starts_with("diözesan"))
        && let Some(n) = index.once("church", || {
            sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                // (not a church's welfare work: "Diakonisches Werk
                // Evangelischer Kirchen in Mitteldeutschland")
                !o.mentions.is_empty()
                    && !parish(o)
                    && !o.name.contains("Diakon")
                    && !o.name.contains("Caritas")
                    && [
                        "Kirche",
                        "Bistum",
                        "Erzbistum",
                        "Landeskirche",
                        "Kirchenkreis",
                    ]
                    .iter()
                    .any(|c| o.name.contains(c))
            }))
        })
    {
        return Some(n);
    }
    // A member of parliament without its house in the title
    // ("Abgeordnete", not "Bundestagsabgeordnete") sits in the one
    // parliament the text names (not a committee or a party group).
    if (last == "abgeordneter" || last == "abgeordnete")
        && let Some(n) = index.once("parliament", || {
            sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                !o.mentions.is_empty()
                    && o.kind == OrgKind::Parliament
                    && [
                        "Landtag",
                        "Bundestag",
                        "Bürgerschaft",
                        "Abgeordnetenhaus",
                        "Parlament",
                    ]
                    .iter()
                    .any(|h| o.name.contains(h))
                    && !o.name.contains("usschuss")
                    && !o.name.contains("raktion")
            }))
        })
    {
        return Some(n);
    }
    // A Staatsrat or Staatssekretär serves the one senator's office the
    // text names as a body ("Senatorin für Gesundheit, …", an authority
    // here, so that another senator is not given it by kind).
    if (last == "staatsrat" || last.ends_with("staatssekretär"))
        && let Some(n) = index.once("senator office", || {
            sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                !o.mentions.is_empty()
                    && o.kind == OrgKind::Authority
                    && o.name.starts_with("Senator")
            }))
        })
    {
        return Some(n);
    }
    // An Ortsbürgermeister or Ortsvorsteher heads the one Ortsgemeinde
    // the text names (not the Verbandsgemeinde it belongs to), an
    // Ortsbeauftragter the one Ortsverband ("THW-Ortsverband Straubing").
    if last.starts_with("orts")
        && let Some(n) = index.once("orts", || {
            sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                let name = match o.name.split_once('-') {
                    Some((p, rest)) if is_acronym_like(p) => rest,
                    _ => o.name.as_str(),
                };
                !o.mentions.is_empty()
                    && (name.starts_with("Ortsgemeinde ") || name.starts_with("Ortsverband "))
            }))
        })
    {
        return Some(n);
    }
    // A senator heads a city-state's authority ("Senatsverwaltung für …",
    // Hamburg's "Finanzbehörde", "Behörde für …"; the one of the title's
    // field if several), else sits in a Hanseatic town's senate; never a
    // federal ministry.
    // (an honorary senator holds no office: "Ehrensenatorin")
    if let Some(field) = last.strip_suffix("senator") {
        if field.starts_with("ehren") {
            return None;
        }
        let field = field.strip_suffix('s').unwrap_or(field);
        let live = |o: &&Organisation<'_>| !o.mentions.is_empty();
        let offices: Vec<(usize, &Organisation<'_>)> = ents
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                live(o)
                    && (o.name.starts_with("Senatsverwaltung")
                        || o.name.starts_with("Senator")
                        || o.name.contains("ehörde")
                        || o.name.starts_with("Die Senator"))
                    && !o.name.starts_with("Bundes")
            })
            .collect();
        let of_field = (field.chars().count() >= 4)
            .then(|| {
                sole(
                    offices
                        .iter()
                        .copied()
                        .filter(|(_, o)| super::lexicon::fold(&o.name).contains(field)),
                )
            })
            .flatten();
        return of_field
            .or_else(|| sole(offices.iter().copied()))
            .or_else(|| {
                index.once("hanse", || {
                    sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                        live(o) && o.kind == OrgKind::Municipality && o.name.contains("Hanse")
                    }))
                })
            });
    }
    let press_officer = last == "pressesprecher" || last == "pressereferent";
    // The holder of a chair ("Inhaberin der Professur", "Inhaber des
    // Lehrstuhls") belongs to a university, any other owner to a firm.
    let chair = matches!(w.key(r.end), "des" | "der")
        && ["lehrstuhl", "professur", "stiftungsprofessur"]
            .contains(&nominative_head(w.key(r.end + 1)));
    let kinds: &[OrgKind] = if police {
        &[OrgKind::Authority]
    } else if last.ends_with("inhaber") {
        if chair {
            &[OrgKind::Research]
        } else {
            &[OrgKind::Company, OrgKind::Cooperative]
        }
    } else if last.ends_with("minister")
        || last.ends_with("staatssekretär")
        || last.ends_with("senator")
        || last == "staatsrat"
    {
        &[OrgKind::Ministry]
    } else if last.ends_with("arzt")
        || last.ends_with("ärzt")
        || last == "pflegedirektor"
        || key.starts_with("ärztliche")
    {
        // A hospital's doctors and directors.
        return index.once("hospital", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && ["Klinik", "Krankenhaus", "Spital", "Hospital"]
                        .iter()
                        .any(|h| o.name.contains(h))
            })
        });
    } else if last == "ministerpräsident"
        || last == "regierungsrat"
        || key.starts_with("regierend")
        // Austria's Land government members and head
        || matches!(last.as_str(), "landesrat" | "landeshauptmann" | "landeshauptfrau")
    {
        // (the Regierender Bürgermeister heads Berlin's Senat)
        &[OrgKind::Government]
    } else if (last.starts_with("verbandsvorsitzend") || last.starts_with("verbandsvorsteher"))
        && let Some(z) = index.once("zweckverband", || {
            sole(
                ents.organisations
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| !o.mentions.is_empty() && o.name.contains("weckverband")),
            )
        })
    {
        // "Verbandsvorsitzende", "Verbandsvorsteher": the statutory
        // offices of the text's one Zweckverband (not an association's
        // "Verbandspräsident" nor a Verbandsgemeinde's
        // "Verbandsbürgermeister").
        return Some(z);
    } else if last == "landrat"
        || last.ends_with("bürgermeister")
        || last.ends_with("stadtrat")
        // "Erster Kreisbeigeordneter", "Beigeordnete"
        || last.ends_with("beigeordneter")
        || last.ends_with("beigeordnete")
        // Stadtkämmerer, Kreiskämmerin, Dezernent, Kreisbaurätin.
        || last.contains("kämmer")
        || last.ends_with("dezernent")
        || last.ends_with("baurat")
        || last == "stadtdirektor"
        // the head of a town's or district's office ("Amtsleiterin")
        || last == "amtsleiter"
        // a member of a district's council ("Kreisrätin")
        || last == "kreisrat"
        || last == "kreisdirektor"
        || last == "ortsvorsteher"
        // the fire brigade's chiefs: Kreisbrandmeister, Stadtbrandrat
        || last.contains("brandmeister")
        || last.contains("brandrat")
        || last.contains("brandinspektor")
    {
        &[OrgKind::Municipality]
    } else if (last.ends_with("geschäftsführer") && !last.starts_with("fraktions"))
        || last.ends_with("vorstand")
        || last.starts_with("aufsichtsratsvorsitzend")
        || last.starts_with("vorstandsvorsitzend")
        || last == "vorstandsmitglied"
        || matches!(
            last.as_str(),
            "ceo" | "cfo" | "cto" | "coo" | "cio" | "cdo" | "prokurist"
        )
    {
        // A managing director or board member of a company, cooperative
        // or association (a Hauptgeschäftsführer mostly of the latter).
        &[OrgKind::Company, OrgKind::Cooperative, OrgKind::Association]
    } else if last.ends_with("richter") || last == "gerichtspräsident" {
        &[OrgKind::Court]
    } else if [
        "landtags",
        "bundestags",
        "kreistags",
        "bürgerschafts",
        "parlaments",
    ]
    .iter()
    .any(|h| last.starts_with(h))
        && last.ends_with("präsident")
    {
        // "Landtagspräsidentin", "Bundestagsvizepräsident": the house.
        &[OrgKind::Parliament]
    } else if press_officer {
        // A press officer speaks for a body of any kind: the one on the
        // line before in a contact block, else the sender.
        &[]
    } else if last.starts_with("fraktions") {
        // "Fraktionsvorsitzende", "Fraktionssprecher": the party's group,
        // unless a genitive names another ("Fraktionssprecher der Grünen").
        if matches!(w.key(r.end), "der" | "des") {
            return None;
        }
        return index.once("group", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && o.kind == OrgKind::Parliament
                    && o.name.contains("raktion")
            })
        });
    } else if last.ends_with("abgeordneter") || last.ends_with("abgeordnete") {
        // A member sits in the parliament, not in the party's group nor a
        // committee; the one the title names if the text names it
        // ("Bundestagsabgeordneter" -> Deutscher Bundestag).
        let house = |o: &Organisation<'_>| {
            !o.mentions.is_empty()
                && o.kind == OrgKind::Parliament
                && !o.name.contains("raktion")
                && !o.name.contains("usschuss")
        };
        let title_house = [
            ("bundestag", "house: bundestag"),
            ("landtag", "house: landtag"),
            ("bürgerschaft", "house: bürgerschaft"),
            ("kreistag", "house: kreistag"),
        ]
        .iter()
        .find(|(h, _)| last.starts_with(*h));
        let named = title_house.and_then(|&(h, question)| {
            index.once(question, || {
                ents.organisations
                    .iter()
                    .position(|o| house(o) && super::lexicon::fold(&o.name).contains(h))
            })
        });
        // A member of the European Parliament sits in it, whatever its kind
        // ("Europaabgeordnete").
        if last.starts_with("europa") {
            return index.once("ep", || {
                ents.organisations
                    .iter()
                    .position(|o| !o.mentions.is_empty() && o.name == "Europäisches Parlament")
            });
        }
        // A title that names its house sits in no other ("Der
        // Bundestagsabgeordnete … traf die CDU-Fraktion im Hessischen
        // Landtag"); a bare one in the one house the text names.
        if title_house.is_some() {
            // A district councillor whose Kreistag the text names as no
            // body sits for the district, as a Kreisrätin does
            // ("Kreistagsabgeordnete" in a text of the Rhein-Sieg-Kreis).
            if named.is_none() && last.starts_with("kreistag") {
                return index.once("district", || {
                    // (a district's name, not a Kreisstadt's)
                    sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
                        !o.mentions.is_empty()
                            && o.kind == OrgKind::Municipality
                            && (["Landkreis ", "Kreis ", "Kreisverwaltung ", "Landratsamt "]
                                .iter()
                                .any(|p| o.name.starts_with(p))
                                || o.name.ends_with("kreis")
                                || o.name.ends_with("Kreis"))
                    }))
                });
            }
            return named;
        }
        return index.once("house", || {
            sole(
                ents.organisations
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| house(o)),
            )
        });
    } else if last.starts_with("regierungs") && last.ends_with("präsident")
        || matches!(last.as_str(), "bezirkshauptmann" | "bezirkshauptfrau")
    {
        // "Regierungsvizepräsidentin": a Bezirksregierung or
        // Regierungspräsidium; an Austrian Bezirkshauptmann(frau): the
        // Bezirkshauptmannschaft.
        return index.once("regierungsbezirk", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && [
                        "Bezirksregierung",
                        "Regierungspräsidium",
                        "Bezirkshauptmannschaft",
                    ]
                    .iter()
                    .any(|h| o.name.starts_with(h))
            })
        });
    } else if last.ends_with("staatsanwalt") {
        // "Oberstaatsanwältin": the public prosecutor's office.
        return index.once("staatsanwaltschaft", || {
            ents.organisations
                .iter()
                .position(|o| !o.mentions.is_empty() && o.name.starts_with("Staatsanwaltschaft"))
        });
    } else if matches!(last.as_str(), "institutsleiter" | "institutsdirektor") {
        // The head of an institute, not of the university it works with.
        return index.once("institute", || {
            ents.organisations.iter().position(|o| {
                o.kind == OrgKind::Research && !o.mentions.is_empty() && o.name.contains("Institut")
            })
        });
    } else if last.starts_with("schulleiter") {
        // A head teacher leads the school the text names.
        return index.once("school", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty()
                    && ["schule", "Schule", "ymnasium"]
                        .iter()
                        .any(|h| o.name.contains(h))
                    && !o.name.contains("ochschule")
            })
        });
    } else if matches!(last.as_str(), "rektor" | "prorektor" | "dekan") {
        // A Rektor heads a school the text names, else a university or
        // college.
        let school = |o: &Organisation<'_>| {
            !o.mentions.is_empty()
                && (o.name.contains("schule")
                    || o.name.contains("Schule")
                    || o.name.contains("ymnasium"))
                && !o.name.contains("ochschule")
        };
        if last == "rektor"
            && let Some(n) = index.once("school", || ents.organisations.iter().position(school))
        {
            return Some(n);
        }
        // (also by the short form: "TU Bergakademie Freiberg")
        return index.once("university", || {
            ents.organisations.iter().position(|o| {
                o.kind == OrgKind::Research
                    && !o.mentions.is_empty()
                    && (["niversität", "ochschule"]
                        .iter()
                        .any(|h| o.name.contains(h))
                        || ["TU ", "TH ", "FH ", "HAW "]
                            .iter()
                            .any(|p| o.name.starts_with(p)))
            })
        });
    } else {
        return None;
    };
    // A Landrat heads the district whose office (Landratsamt) the text
    // names, usually its sender, before any other district it mentions:
    // one with the office as its alias, or one named apart.
    if last == "landrat"
        && let Some(n) = index.once("landrat", || {
            ents.organisations
                .iter()
                .position(|o| {
                    !o.mentions.is_empty()
                        && o.aliases.iter().any(|a| a.starts_with("Landratsamt "))
                })
                .or_else(|| {
                    ents.organisations.iter().find_map(|office| {
                        let place = office.name.strip_prefix("Landratsamt ")?;
                        ents.organisations.iter().position(|o| {
                            !o.mentions.is_empty()
                                && ["Landkreis ", "Kreis "]
                                    .iter()
                                    .any(|p| o.name.strip_prefix(p) == Some(place))
                        })
                    })
                })
        })
    {
        return Some(n);
    }
    // The Regierender Bürgermeister heads the Senat, not its chancellery.
    if key.starts_with("regierend")
        && let Some(n) = index.once("senat", || {
            ents.organisations.iter().position(|o| {
                !o.mentions.is_empty() && (o.name == "Senat" || o.name.starts_with("Senat "))
            })
        })
    {
        return Some(n);
    }
    // A (Ober)Bürgermeister heads a town, not a district; a title that
    // starts with "Kreis" or "Stadt" belongs to a body of that kind
    // ("Kreisbrandmeister" to Kreis Steinfurt, not Stadt Rheine).
    let mayor =
        matches!(last.as_str(), "bürgermeister" | "oberbürgermeister") || last.starts_with("stadt");
    let district = last.starts_with("kreis");
    let fits = |o: &Organisation<'_>| {
        (press_officer || kinds.contains(&o.kind))
            && !o.mentions.is_empty()
            && (last != "landrat"
                || o.name.starts_with("Landkreis")
                || o.name.starts_with("Kreis")
                || o.name.ends_with("kreis")
                || o.name.ends_with("Kreis"))
            && !(mayor
                && [
                    "Landkreis",
                    "Kreis ",
                    "Landratsamt",
                    "StädteRegion",
                    "Region ",
                ]
                .iter()
                .any(|p| o.name.starts_with(p)))
            && (!district || o.kind != OrgKind::Municipality || o.name.contains("reis"))
            // (a Zweckverband has no mayor nor district officers of its own)
            && !o.name.contains("weckverband")
            && (!police || o.name.contains("Polizei") || o.name.contains("polizei"))
    };
    // The body on the line right before a role that starts its line (a
    // contact block: "SPD-Fraktion im Landtag / Pressesprecher: …").
    if r.start > 0
        && w.line_break_before(r.start)
        && let Some(before) = w.tok(r.start - 1)
        && let Some(n) = index
            .near(before.span.start)
            .iter()
            .filter(|&&(_, end, _)| end == before.span.end)
            .map(|&(_, _, n)| n)
            .filter(|&n| {
                let o = &ents.organisations[n];
                fits(o)
                    && last_mention_from(o, before.span.start)
                        .is_some_and(|m| m.span.end == before.span.end)
            })
            .min()
    {
        return Some(n);
    }
    // The bodies of the title's kinds (any for a press officer), in
    // order: the scans below look at these only.
    let candidates: Vec<usize> = if press_officer {
        (0..ents.organisations.len()).collect()
    } else {
        index.of_kinds(kinds)
    };
    let org = |n: usize| &ents.organisations[n];
    // (a text of few bodies tries each candidate; a long one looks the
    // words up in the index of names)
    let few = ents.organisations.len() <= INDEX_FROM;
    let with_words = |words: &[&str]| -> Vec<usize> {
        if few {
            candidates.clone()
        } else {
            let names = index.names(ents);
            words.iter().flat_map(|w| names.with_piece(w)).collect()
        }
    };
    // A Land's office ("Bayerns Innenminister", "die hessische
    // Wirtschaftsministerin", "NRW-Justizminister") belongs to a body of
    // that Land the text names, of the title's kind, or to none the text
    // names: not to a federal ministry or another Land's.
    if let Some(land) = land_office(w, r) {
        return candidates
            .iter()
            .copied()
            .find(|&n| fits(org(n)) && of_land(org(n), land));
    }
    // A place in the genitive before the title ("Brandenburgs
    // Ministerpräsidentin", "Mittersills Bürgermeisterin"): the body of
    // that place.
    if let Some(p) = r.start.checked_sub(1)
        && let Some(t) = w.tok(p)
        && t.kind == TokenKind::Word
        && t.is_capitalised()
        && let Some(place) = t.text.strip_suffix('s').filter(|s| s.chars().count() >= 3)
        && let Some(n) = with_words(&[place])
            .into_iter()
            .find(|&n| fits(org(n)) && org(n).name.split([' ', '-']).any(|x| x == place))
    {
        return Some(n);
    }
    // "In Landshut wird … Oberbürgermeister X": the one town, district or
    // Land body whose place the role's sentence or the one before names
    // bare (not inside a mention).
    // (asked only when a candidate has such a name: the words outside
    // mentions cost a look-up each)
    let town_like = |n: usize| {
        let o = org(n);
        matches!(o.kind, OrgKind::Municipality | OrgKind::Government)
            && fits(o)
            && o.name.split(' ').count() == 2
    };
    if !press_officer
        && (kinds.contains(&OrgKind::Municipality) || kinds.contains(&OrgKind::Government))
        && candidates.iter().any(|&n| town_like(n))
        && let Some(&here) = w.sentence_of.get(r.start)
    {
        let from = sentence_start(w, r.start, 1);
        let mut to = r.start;
        while to < w.toks.len() && to - r.start < SENTENCE_WINDOW && w.sentence_of[to] == here {
            to += 1;
        }
        // (the words of the sentences outside mentions first: a few)
        let bare: Vec<&str> = w.toks[from..to]
            .iter()
            .filter(|t| !in_org_mention(w, ents, t))
            .map(|t| t.text)
            .collect();
        let mut found: Vec<usize> = with_words(&bare)
            .into_iter()
            .filter(|&n| {
                town_like(n)
                    && org(n)
                        .name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|place| bare.contains(&place))
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        if let [n] = found[..] {
            return Some(n);
        }
    }
    // The one body of the kind that the sentence before names, or its own
    // before the role: the one the text speaks of ("Die Senatsverwaltung
    // für Wissenschaft … fördert das Projekt. Staatssekretärin Dr. Samira
    // Ben Salah lobte …").
    if !press_officer && r.start < w.toks.len() {
        let (lo, hi) = (sentence_bytes(w, r.start, 1), w.toks[r.start].span.start);
        let mut found = index
            .starting_in(lo, hi)
            .iter()
            .map(|&(_, _, n)| n)
            .filter(|&n| fits(&ents.organisations[n]));
        if let Some(n) = found.next()
            && found.all(|m| m == n)
        {
            return Some(n);
        }
    }
    // A body whose name starts with the title's first part
    // ("Samtgemeindebürgermeisterin" -> "Samtgemeinde Tostedt",
    // "Polizeipräsidentin" -> "Polizeipräsidium Rostock"), else the
    // first the text names, mostly its sender (a board member of the
    // sending company, not of the subsidiary named just before).
    // (both tests want the first five bytes in common)
    let same_start: Vec<usize> = match last.as_bytes().first_chunk::<5>() {
        None => Vec::new(),
        Some(_) if few => candidates.clone(),
        Some(&five) => index.names(ents).with_first5(five).collect(),
    };
    let mut first = String::new();
    same_start
        .into_iter()
        .find(|&n| {
            first.clear();
            fold_into(
                org(n).name.split([' ', '-']).next().unwrap_or(""),
                &mut first,
            );
            let common = first
                .bytes()
                .zip(last.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            first.len() >= 5
                && (first.len() < last.len() && common == first.len()
                    || common + 3 >= first.len() && common >= 8)
                && fits(org(n))
        })
        .or_else(|| {
            let first = candidates.iter().copied().find(|&n| fits(org(n)))?;
            // The first is the sender's or the one the text speaks of
            // most: its office ("Vorstand X" of the sending company, not of
            // the subsidiary named just before). Else the one body of the
            // kind that the role's paragraph names before it ("… beteiligt
            // sich die Solarwerk Lausitz GmbH. Das Unternehmen … „…“, sagte
            // Geschäftsführer X"), not the first of the text.
            let (dominant, publisher) = index.sender(w, ents);
            if press_officer || dominant == Some(first) || publisher == Some(first) {
                return Some(first);
            }
            let at = w.toks.get(r.start)?.span.start;
            // (a paragraph's start within a few thousand bytes: a text
            // without blank lines must not make each role search all of it)
            let mut lo = at.saturating_sub(PARAGRAPH_REACH);
            while !w.text.is_char_boundary(lo) {
                lo += 1;
            }
            let from = w
                .text
                .get(lo..at)
                .and_then(|before| before.rfind("\n\n"))
                .map_or(lo, |p| lo + p + 2);
            let mut named = index
                .starting_in(from, at)
                .iter()
                .map(|&(_, _, n)| n)
                .filter(|&n| fits(org(n)));
            match named.next() {
                Some(n) if named.all(|m| m == n) => Some(n),
                _ => Some(first),
            }
        })
}

/// The Land that names a role's office: in the genitive before it
/// ("Bayerns Innenminister"), as an adjective before it or among its
/// first words ("die bayerische Digitalministerin"), or before its hyphen
/// ("NRW-Justizminister"). Returns the Land's name and its adjective's
/// stem, lowercase ("bayerisch").
fn land_scope(w: &Walk<'_, '_>, r: &RoleHit) -> Option<(&'static str, &'static str)> {
    // (the Länder's names lowercase only ASCII letters: "thüringen")
    let of_key = |key: &str| {
        let key = land_of_short(key).unwrap_or(key);
        LAND_ADJECTIVES
            .iter()
            .find(|(_, land)| land.eq_ignore_ascii_case(key))
            .map(|&(adjective, land)| (land, adjective))
    };
    let of_adjective = |key: &str| {
        let stem = adjective_stem(key)?;
        LAND_ADJECTIVES
            .iter()
            .find(|(a, _)| *a == stem)
            .map(|&(adjective, land)| (land, adjective))
    };
    if let Some(prefix) = &r.prefix
        && let Some(found) = of_key(&super::lexicon::fold(prefix))
    {
        return Some(found);
    }
    let before = r.start.checked_sub(1).map_or("", |p| w.key(p));
    before
        .strip_suffix('s')
        .and_then(of_key)
        .or_else(|| of_adjective(before))
        .or_else(|| of_adjective(w.key(r.start)))
}

/// "die Fürther Umweltreferentin", "der Linzer Bürgermeister": a town's
/// adjective before a role names the one town or district of the text
/// whose name ends in that town ("Stadt Fürth", "Landkreis Harburg").
fn town_adjective_org(w: &Walk<'_, '_>, r: &RoleHit, ents: &Entities<'_>) -> Option<usize> {
    let a = r.start.checked_sub(1)?;
    let t = w.tok(a)?;
    if t.kind != TokenKind::Word || !t.is_capitalised() {
        return None;
    }
    // ("Fürther", or a town's genitive: "Erlangens Oberbürgermeisterin",
    // the town's name exactly)
    let (stem, genitive) = match w.key(a).strip_suffix("er") {
        Some(stem) => (stem, false),
        None => (w.key(a).strip_suffix('s')?, true),
    };
    if stem.chars().count() < 3 {
        return None;
    }
    // (a town's or district's own offices, not a mandate or a church's,
    // court's or police office held there: "der Peiner
    // Landtagsabgeordnete", "der Kölner Erzbischof")
    let title = super::lexicon::fold(&r.title);
    let title = title.strip_suffix("in").unwrap_or(&title);
    let office = [
        "referent",
        "dezernent",
        "kämmerer",
        "kämmer",
        "beigeordnete",
        "beigeordneter",
        "bürgermeister",
        "landrat",
        "landrät",
        "brandmeister",
        "brandrat",
        "brandrät",
        "stadtdirektor",
        "kreisdirektor",
        "stadtbaurat",
        "stadtbaurät",
    ]
    .iter()
    .any(|h| title.ends_with(h));
    // (nor an office with its own body after it: "Integrationsbeauftragte
    // des Jobcenters")
    if !office || title.contains("abgeordnet") || matches!(w.key(r.end), "des" | "der") {
        return None;
    }
    // A district's offices are the district's, a town's the town's: "der
    // Fürther Landrat" is the Landkreis Fürth's, not the Stadt Fürth's.
    let district_office = title.starts_with("land") || title.starts_with("kreis");
    sole(ents.organisations.iter().enumerate().filter(|(_, o)| {
        let folded = super::lexicon::fold(&o.name);
        let district = folded.contains("kreis") || folded.starts_with("landratsamt");
        o.kind == OrgKind::Municipality
            && !o.mentions.is_empty()
            && district == district_office
            && {
                let last = super::lexicon::fold(o.name.rsplit(' ').next().unwrap_or(""));
                if genitive {
                    last == stem
                } else {
                    last.starts_with(stem) && last.len() <= stem.len() + 2
                }
            }
    }))
}

/// [`land_scope`] for a Land's government office only: a minister, a
/// Staatssekretär or a Ministerpräsident ("Bayerns Innenminister"), not
/// any title a Land adjective stands before ("der bayerische
/// Geschäftsführer").
fn land_office(w: &Walk<'_, '_>, r: &RoleHit) -> Option<(&'static str, &'static str)> {
    let title = super::lexicon::fold(&r.title);
    let last = title.rsplit(' ').next().unwrap_or(&title);
    let last = last.strip_suffix("in").unwrap_or(last);
    (last.ends_with("minister")
        || last.ends_with("staatssekretär")
        || last.ends_with("präsident") && last.starts_with("minister"))
    .then(|| land_scope(w, r))
    .flatten()
}

/// Whether `o` is a body of the Land (name, adjective stem) of
/// [`land_scope`]: its name holds either.
fn of_land(o: &Organisation<'_>, (land, adjective): (&str, &str)) -> bool {
    if o.name.contains(land) {
        return true;
    }
    let name = super::lexicon::fold(&o.name);
    // (also the invariable adjective in -er: "Thüringer Ministerium …",
    // "Berliner Senat")
    let land = super::lexicon::fold(land);
    let er = match land.strip_suffix("en") {
        Some(stem) => format!("{stem}er "),
        None => format!("{land}er "),
    };
    name.contains(adjective) || name.starts_with(&er) || name.contains(&format!(" {er}"))
}

/// An organisation hit for the name before the hyphen of a role compound
/// at token `k`: a gazetteer form or an acronym ("BSI-Präsidentin").
fn prefix_hit(w: &Walk<'_, '_>, k: usize, prefix: &str) -> Option<OrgHit> {
    let key = loose_join(prefix);
    let lex = w.lex;
    let listed = |key: &str| {
        let mut found = None;
        let keys: Vec<&str> = key.split(' ').collect();
        lex.org_trie.walk(keys.iter().map(|&k| Some(k)), |n, f| {
            if n == keys.len() {
                found = Some(f);
            }
        });
        found
    };
    let mut found = listed(&key);
    // "Freie-Wähler-Fraktion": a name of two words joined by hyphens
    if found.is_none() && prefix.contains('-') {
        found = listed(&loose_join(&prefix.replace('-', " ")));
    }
    let (entry, kind) = match found.map(|f| &lex.org_forms[f as usize]) {
        Some(form) if !form.exact || form.surface == prefix => {
            (Some(form.entry), lex.orgs[form.entry as usize].kind)
        }
        // (not a field's acronym: "IT-Sicherheitsbeauftragte",
        // "KI-Beauftragter", "PR-Referentin")
        _ if matches!(
            prefix,
            "IT" | "KI" | "PR" | "HR" | "EDV" | "MINT" | "ÖPNV" | "CO2" | "ESG"
        ) =>
        {
            return None;
        }
        // (a Land's short name is a place: "NRW-Justizminister")
        _ if land_key(&key) => return None,
        _ if is_acronym_like(prefix) || is_camel(prefix) => (None, OrgKind::Other),
        _ => return None,
    };
    let t = w.tok(k)?;
    if !t.text.starts_with(prefix) {
        return None;
    }
    Some(OrgHit {
        start: k,
        end: k + 1,
        entry,
        kind,
        form: prefix.to_owned(),
        descriptor: None,
        part: Some(prefix.len()),
        keys: vec![key],
    })
}

/// The ministry of a minister's title when the document names it by a
/// gazetteer form of the same entry.
fn ministry_by_entry(
    w: &Walk<'_, '_>,
    ministry_key: &str,
    hits: &Hits,
    org_of_hit: &[usize],
) -> Option<usize> {
    let lex = w.lex;
    let mut found = None;
    lex.org_trie
        .walk(std::iter::once(Some(loose(ministry_key))), |_, f| {
            found = Some(f)
        });
    let entry = lex.org_forms[found? as usize].entry;
    hits.orgs
        .iter()
        .position(|h| h.entry == Some(entry))
        .map(|id| org_of_hit[id])
}

/// The title in the gender of its holder, when the word does not say.
fn regender(
    w: &Walk<'_, '_>,
    r: &RoleHit,
    person: usize,
    hits: &Hits,
    person_of_hit: &[usize],
) -> String {
    if r.gender != Gender::Neutral {
        return r.title.clone();
    }
    let role = &w.lex.roles[r.entry as usize];
    if role.masculine == role.feminine {
        return r.title.clone();
    }
    let sex = hits
        .people
        .iter()
        .zip(person_of_hit)
        .filter(|(_, p)| **p == person)
        .map(|(h, _)| h.sex)
        .find(|&s| s != b'u');
    match sex {
        // A man: the strong masculine endings, on the modifiers as on the
        // noun ("stellvertretende Vorsitzende" → "stellvertretender
        // Vorsitzender"); the portfolio after "für" stays as written.
        Some(b'm') => {
            let (head, portfolio) = match r.title.split_once(" für ") {
                Some((h, p)) => (h, Some(p)),
                None => (r.title.as_str(), None),
            };
            let mut out: Vec<String> = Vec::new();
            for word in head.split(' ') {
                let adjective = word.ends_with('e') && !word.ends_with('.');
                out.push(if adjective {
                    format!("{word}r")
                } else {
                    word.to_owned()
                });
            }
            let mut title = out.join(" ");
            if let Some(p) = portfolio {
                title.push_str(" für ");
                title.push_str(p);
            }
            title
        }
        // A woman's title read in its listed masculine form ("die
        // Vorsitzende der Geschäftsführung" meets the entry by its loose
        // key): the listed feminine form.
        Some(b'f') if r.title == role.masculine => role.feminine.clone(),
        _ => r.title.clone(),
    }
}

/// Direct quotes and their speakers.
#[inline(never)]
/// Pairs of opening and closing marks, outermost only, from the marks'
/// token indices (`marks`, in text order). A quote that runs over a
/// paragraph leaves its closing mark off there and opens again at the next
/// one: an opening mark that starts a paragraph (after a blank line, or a
/// single line break right after a sentence's end; not a hard-wrapped
/// line's break inside one) while a quote from an earlier one is open ends
/// that quote at the token before the paragraph.
fn quote_pairs(text: &str, toks: &[Token<'_>], marks: &[u32]) -> Vec<(usize, usize)> {
    // (a blank line, or a line break right after a sentence's end: text
    // taken from web pages has one break per paragraph)
    let starts_line = |i: usize| {
        i.checked_sub(1).is_some_and(|p| {
            text.get(toks[p].span.end..toks[i].span.start)
                .is_some_and(|gap| {
                    let breaks = gap.matches('\n').count();
                    breaks >= 2 || (breaks == 1 && matches!(toks[p].text, "." | "!" | "?"))
                })
        })
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    // Only the marks change the count; a quote that runs on too long is
    // dropped at its 801st token, which the first mark after it stands for.
    for &i in marks {
        let i = i as usize;
        if let Some(o) = open
            && i - o > 801
        {
            open = None;
            depth = 0;
        }
        match toks.get(i).map(|t| t.kind) {
            Some(TokenKind::OpenQuote) => {
                if let Some(o) = open
                    && starts_line(i)
                {
                    pairs.push((o, i - 1));
                    depth = 0;
                }
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            Some(TokenKind::CloseQuote) if depth > 0 => {
                depth -= 1;
                if depth == 0
                    && let Some(o) = open.take()
                {
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
        // A quote that runs on too long was never closed.
        if let Some(o) = open
            && i - o > 800
        {
            open = None;
            depth = 0;
        }
    }
    pairs
}

fn quotes(
    w: &Walk<'_, '_>,
    hits: &Hits,
    person_of_hit: &[usize],
    role_of_hit: &[Option<usize>],
    ents: &Entities<'_>,
) -> Vec<Quote> {
    let toks = w.toks;
    let pairs = quote_pairs(w.text, toks, &w.quote_marks);
    // Who a token names: a person hit, or a role hit that refers to one.
    let speaker_at = |i: usize| -> Option<usize> {
        match hits.covered(i)? {
            (HitKind::Person, id) => Some(person_of_hit[id as usize]).filter(|&p| p != usize::MAX),
            (HitKind::Role, id) => role_of_hit[id as usize].and_then(|r| ents.roles[r].person),
            _ => None,
        }
    };
    let mut out: Vec<Quote> = Vec::new();
    // Whether each quote of `out` runs on into the next paragraph (it ends
    // at its paragraph's end, no closing mark) with a speaker only guessed
    // from an earlier sentence, if any: it takes the next quote's.
    let mut runs_on_guessed: Vec<bool> = Vec::new();
    // The last attribution: (sentence, person).
    let mut last_speaker: Option<(u32, usize)> = None;
    // (sentence, person, the speech word's token)
    let mut attributions: Vec<(u32, usize, usize)> = Vec::new();
    // Attributions in reported speech: a sentence with a speech verb and a
    // person ("Der Interimsgeschäftsführer …, Andreas Reckert-Lodde, sagte, …").
    for &i in &w.speech_words {
        let i = i as usize;
        if w.key(i) != "laut" {
            let s = w.sentence_of[i];
            let lo = i.saturating_sub(12);
            let hi = (i + 8).min(toks.len());
            let mut best: Option<(usize, usize)> = None;
            for (k, tk) in toks.iter().enumerate().take(hi).skip(lo) {
                if w.sentence_of[k] != s || (tk.kind == TokenKind::OpenQuote && k > i) {
                    continue;
                }
                if let Some(p) = speaker_at(k) {
                    let d = k.abs_diff(i);
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, p));
                    }
                }
            }
            if let Some((_, p)) = best {
                attributions.push((s, p, i));
            }
        }
    }
    // Each person's sex as far as the text tells: by a first name, else by
    // a role's gendered title.
    let mut sex_of = sex_by_name(hits, person_of_hit, ents.people.len());
    for (id, r) in hits.roles.iter().enumerate() {
        if let Some(p) = role_of_hit[id].and_then(|x| ents.roles[x].person)
            && let Some(s) = sex_of.get_mut(p)
            && *s == b'u'
        {
            *s = match r.gender {
                Gender::Feminine => b'f',
                Gender::Masculine => b'm',
                Gender::Neutral => b'u',
            };
        }
    }
    // The person named or referred to by a held role last before token
    // `before`, within the four sentences before it, of the sex a pronoun
    // asks for ("sie", "die 52-Jährige": not a man; "er": not a woman).
    let last_person_before = |before: usize, pronoun: &str| -> Option<usize> {
        let want = match pronoun {
            "sie" | "die" => b'f',
            _ => b'm',
        };
        let s = *w.sentence_of.get(before)?;
        let mut j = before;
        while j > 0 && before - j < 2 * SENTENCE_WINDOW {
            j -= 1;
            if w.sentence_of[j] + 4 < s {
                break;
            }
            if toks[j].kind == TokenKind::CloseQuote {
                continue;
            }
            if let Some(p) = speaker_at(j)
                && matches!(sex_of.get(p), Some(&x) if x == want || x == b'u')
            {
                return Some(p);
            }
        }
        None
    };
    // Attributions before the current quote's sentence: both lists run in
    // text order, so one index moves forward (a search from the end of the
    // list for each quote was quadratic in texts full of quotation marks).
    let mut before = 0usize;
    for (o, c) in pairs {
        let words = toks[o..c]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        let punct = toks[o..c].iter().any(|t| {
            t.kind == TokenKind::Punct && matches!(t.text, "." | "," | "!" | "?" | ":" | ";")
        });
        // Short quotes and titles in quotation marks are no quotes unless
        // an attribution follows ("„Wir auch“, ergänzte …") or they end a
        // sentence of their own ("„Die Leitungen liegen.“").
        let sentence = words >= 2
            && c >= 1
            && matches!(toks[c - 1].text, "." | "!" | "?")
            && toks[c - 1].kind == TokenKind::Punct;
        let attributed = {
            let mut k = c + 1;
            if w.key(k) == "," {
                k += 1;
            }
            w.is_speech(k)
        };
        // A fragment quoted inside a sentence that names a person: "sprach
        // von einem „Modell für ganz Thüringen“", "bezifferte sie auf einen
        // „mittleren einstelligen Milliardenbetrag“", "nannte es „…“".
        let subject_before = |o: usize| {
            (o.saturating_sub(40)..o)
                .rev()
                .take_while(|&j| w.sentence_of[j] == w.sentence_of[o])
                .find_map(&speaker_at)
        };
        // (what both fragment readings below ask: whether it starts in
        // lowercase, and whether "sogenannt" introduces it as a term)
        let lower_start = toks
            .get(o + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised());
        let so_called = o >= 1 && {
            let before = w.key(o - 1);
            before.starts_with("sogenannt") || before.starts_with("so genannt")
        };
        let fragment_subject = (words >= 2
            && o >= 1
            && matches!(
                w.key(o - 1),
                "einen" | "einem" | "eine" | "einer" | "ein" | "es"
            ))
        .then(|| subject_before(o))
        .flatten()
        .or_else(|| {
            // A fragment that starts in lowercase (no title) after a verb
            // that judges or reports, in the speaker's sentence: "nannte
            // den Entwurf „überfällig“", "begrüßte den Antrag als
            // „überfälligen Schritt“", "Er dankte … für die
            // „unkomplizierte Zusammenarbeit“" (a pronoun that opens the
            // sentence: the person spoken of last).
            // (a fragment ends its sentence; a term or a name is
            // introduced: "sogenannten „falschen Polizeibeamten“", "vom Typ
            // „eCitaro“", "die Aktion „sauberhafte Stadt“")
            let ends_at = |k: usize| {
                w.tok(k)
                    .is_none_or(|t| matches!(t.text, "." | "!" | "?" | ";"))
            };
            // (or only a judging verb's participle follows, its auxiliary
            // before: "hatte das Konzept als „Modell für den ländlichen
            // Raum“ bezeichnet.")
            let participle = matches!(
                w.key(c + 1),
                "bezeichnet" | "genannt" | "gewürdigt" | "gelobt" | "kritisiert" | "begrüßt"
            ) && ends_at(c + 2);
            let ends = ends_at(c + 1) || participle;
            let named = so_called
                || o >= 1
                    && matches!(
                        w.key(o - 1),
                        "typ"
                            | "aktion"
                            | "projekt"
                            | "programm"
                            | "kampagne"
                            | "motto"
                            | "titel"
                            | "name"
                            | "namen"
                            | "initiative"
                            | "marke"
                            | "reihe"
                            | "modell"
                            | "format"
                            | "wettbewerb"
                            | "slogan"
                            | "app"
                            | "plattform"
                            | "stichwort"
                            | "begriff"
                            | "label"
                            | "siegel"
                            | "preis"
                    );
            // (a noun may open it after "als" before the participle: "als
            // „Modell für …“ bezeichnet")
            let lower = lower_start || (participle && o >= 1 && w.key(o - 1) == "als");
            if !lower || !ends || named {
                return None;
            }
            let mut j = o;
            let mut verb = None;
            while j > 0 && o - j < 24 && w.sentence_of[j - 1] == w.sentence_of[o] {
                j -= 1;
                if verb.is_none()
                    && (FRAGMENT_VERBS.contains(&w.key(j))
                        || (participle && matches!(w.key(j), "hatte" | "hat" | "hätte")))
                {
                    verb = Some(j);
                }
            }
            let verb = verb?;
            fragment_speaker(w, hits, verb, &speaker_at).or_else(|| {
                // "Er dankte …": the speaker of the sentence before.
                if !(matches!(w.key(j), "er" | "sie") && w.initial[j] && j + 1 == verb) {
                    return None;
                }
                // (the later of the last quote's speaker and the last
                // reported speaker before this sentence)
                let s = w.sentence_of[o];
                let want = if w.key(j) == "sie" { b'f' } else { b'm' };
                let reported = attributions
                    .partition_point(|&(as_, _, _)| as_ < s)
                    .checked_sub(1)
                    .map(|a| (attributions[a].0, attributions[a].1));
                let quoted = last_speaker.filter(|&(ls, _)| ls < s);
                [reported, quoted]
                    .into_iter()
                    .flatten()
                    .max_by_key(|&(ls, _)| ls)
                    .filter(|&(ls, _)| ls + 2 >= s)
                    .map(|(_, p)| p)
                    .filter(|&p| matches!(sex_of.get(p), Some(&x) if x == want || x == b'u'))
            })
        })
        .or_else(|| {
            // A fragment quoted in reported speech, after its speaker's
            // speech verb in the sentence: "sagte …, der Kreis werde die
            // Verfahren „so schnell wie rechtlich möglich“ bearbeiten" (in
            // lowercase: no title; not a term: "sogenannten „…“").
            // (not a third party's words the clause reports: "habe den
            // Plan als „…“ abgetan", "spreche von „…“", "laut Zeugen habe
            // der Täter „…“ gewirkt")
            let reported = o >= 1 && matches!(w.key(o - 1), "als" | "von" | "vom")
                || matches!(
                    w.key(c + 1),
                    "bezeichnet"
                        | "bewertet"
                        | "abgetan"
                        | "eingeschätzt"
                        | "eingestuft"
                        | "genannt"
                );
            if !lower_start || so_called || reported || words < 2 {
                return None;
            }
            // (a clause of its own after the verb: "sagte …, der Kreis
            // werde …", not "lobte der Verband die „gute …“"; with no
            // source of its own: "laut", "zufolge")
            let s = w.sentence_of[o];
            let from = attributions.partition_point(|&(a, _, _)| a < s);
            attributions[from..]
                .iter()
                .take_while(|&&(a, _, _)| a == s)
                .find(|&&(_, _, verb)| {
                    verb < o
                        && w.is_strong_speech(verb)
                        && (verb + 1..o).any(|k| w.key(k) == ",")
                        && !(verb + 1..o).any(|k| matches!(w.key(k), "laut" | "zufolge"))
                })
                .map(|&(_, p, _)| p)
        });
        let fragment = fragment_subject.is_some();
        if words == 0
            || (!attributed && !sentence && !fragment && (words < 4 || !(punct || words >= 8)))
        {
            continue;
        }
        let span = Span::new(toks[o].span.start, toks[c].span.end);
        let mut speaker = None;
        // After: "…“, sagt govdigital-CEO Martin Schallbruch."
        let mut k = c + 1;
        if w.key(k) == "," {
            k += 1;
        }
        // (Not past a pronoun: "…“, sagte sie mit Landrat X.) The speaker
        // may come after a long role: "…“, sagte die Parlamentarische
        // Staatssekretärin beim Bundesminister für …, Dr. X, …".
        let speech = w.is_speech(k) || w.is_speech(k + 1);
        let verb = if w.is_speech(k) { k } else { k + 1 };
        // "…“, hatte KAV-Hauptgeschäftsführer X bereits am Montag erklärt":
        // an auxiliary and the speech verb's participle at the clause's end.
        let auxiliary = matches!(w.key(k), "hatte" | "hat" | "habe" | "hätte")
            && (k + 2..(k + 16).min(toks.len()))
                .take_while(|&j| w.sentence_of[j] == w.sentence_of[k] && w.key(j) != ",")
                .any(|j| w.is_speech(j));
        // "…“, sagte sie." / "…“, sagte die 52-Jährige.": the person spoken
        // of last.
        // (not a plural: "…“, sagen sie")
        // Also a noun for the speaker's field or office that no name or
        // genitive follows and no role links, not a spokesperson's: "…“, so
        // die Verkehrswissenschaftlerin.", "erklärt der Agrarwissenschaftler".
        let described = || {
            w.tok(verb + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
                && (w.feat(verb + 2).person_noun || w.feat(verb + 2).role_start)
                && speaker_at(verb + 2).is_none()
                && hits
                    .covered(verb + 2)
                    .is_none_or(|(kind, _)| kind == HitKind::Role)
                && !w
                    .tok(verb + 3)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised())
                // (not a body's spokesperson, nor a noun with its genitive:
                // "so die Sprecherin", "so die Sprecherin der Polizei")
                && !matches!(w.key(verb + 3), "der" | "des")
                && !(w.key(verb + 2).ends_with("sprecher")
                    || w.key(verb + 2).ends_with("sprecherin"))
        };
        // (a person named right after the age, in its sentence)
        let named_after =
            |k: usize| w.is_word(k) && w.same_sentence(verb + 2, k) && speaker_at(k).is_some();
        let pronoun = (matches!(w.key(verb + 1), "sie" | "er") && !w.key(verb).ends_with("en"))
            || (matches!(w.key(verb + 1), "die" | "der")
                && ((w.key(verb + 2).ends_with("-jährige")
                    // (not before a name: "sagte die 17-jährige Lina
                    // Baumgart", "der 45-jährige Landwirt Peter Krause")
                    && !named_after(verb + 3)
                    && !(w.is_word(verb + 3) && named_after(verb + 4)))
                    || described()));
        if pronoun && speech {
            speaker = last_person_before(o, w.key(verb + 1));
        } else if speech || auxiliary {
            for (j, tj) in toks.iter().enumerate().take(k + 24).skip(k) {
                if matches!(tj.kind, TokenKind::OpenQuote) || w.sentence_of[j] != w.sentence_of[k] {
                    break;
                }
                if let Some(p) = speaker_at(j) {
                    speaker = Some(p);
                    break;
                }
            }
        }
        // Before: "X sagte: „…“", "Bürgermeisterin X: „…“"; "Sie dankte
        // den Einsatzkräften: „…“" (a pronoun opens the clause: the person
        // spoken of last).
        if speaker.is_none() && o >= 1 && w.key(o - 1) == ":" {
            let s = w.sentence_of[o - 1];
            let mut j = o - 1;
            while j > 0 && w.sentence_of[j - 1] == s && o - j < 30 {
                j -= 1;
                if let Some(p) = speaker_at(j) {
                    speaker = Some(p);
                    break;
                }
            }
            if speaker.is_none()
                && matches!(w.key(j), "sie" | "er")
                && w.initial[j]
                && !w.key(j + 1).ends_with("en")
            {
                speaker = last_person_before(j, w.key(j));
            }
        }
        // Otherwise the speaker of the sentence before, or of the quote
        // before, when close.
        let s = w.sentence_of[o];
        while attributions.get(before).is_some_and(|&(as_, _, _)| as_ < s) {
            before += 1;
        }
        // Within: the quote's own sentence names its speaker before it ("X,
        // Hauptgeschäftsführer des …, nannte es „…“").
        if speaker.is_none() {
            speaker = attributions[before..]
                .iter()
                .take_while(|&&(as_, _, v)| as_ == s && v < o)
                .last()
                .map(|&(_, p, _)| p);
        }
        if speaker.is_none() {
            speaker = fragment_subject;
        }
        let guessed = speaker.is_none();
        if speaker.is_none() {
            // the latest attribution in an earlier sentence, if close
            speaker = before
                .checked_sub(1)
                .and_then(|b| attributions.get(b))
                .filter(|&&(as_, _, _)| as_ + 2 >= s)
                .map(|&(_, p, _)| p)
                .or_else(|| last_speaker.filter(|&(ls, _)| ls + 2 >= s).map(|(_, p)| p));
        }
        if let Some(p) = speaker {
            last_speaker = Some((w.sentence_of[c], p));
        }
        out.push(Quote { span, speaker });
        runs_on_guessed.push(toks[c].kind != TokenKind::CloseQuote && guessed);
    }
    // A quote that runs on into the next paragraph is the same speaker's
    // as the quote that goes on there, when nothing before it named one
    // but an earlier sentence ("„… saniert.\n\n„Im nächsten Jahr …“,
    // sagte Landrat X.").
    for q in (0..out.len().saturating_sub(1)).rev() {
        if runs_on_guessed[q] && out[q + 1].speaker.is_some() {
            out[q].speaker = out[q + 1].speaker;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn town_adjectives_are_sorted_keys_for_binary_search() {
        assert!(TOWN_ADJECTIVES.windows(2).all(|p| p[0] < p[1]));
        assert!(
            TOWN_ADJECTIVES
                .iter()
                .all(|a| crate::entity::lexicon::fold(a) == *a)
        );
    }

    #[test]
    fn canton_directorates_are_sorted_for_binary_search() {
        assert!(CANTON_DIRECTORATES.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn quote_pairs_from_the_marks_are_those_of_every_token() {
        // The reading token by token that the marks alone must match.
        fn by_token(text: &str, toks: &[Token<'_>]) -> Vec<(usize, usize)> {
            let (mut pairs, mut open, mut depth) = (Vec::new(), None, 0usize);
            for (i, t) in toks.iter().enumerate() {
                match t.kind {
                    TokenKind::OpenQuote => {
                        if let Some(o) = open
                            && let breaks = text[toks[i - 1].span.end..t.span.start]
                                .matches('\n')
                                .count()
                            && (breaks >= 2
                                || (breaks == 1 && matches!(toks[i - 1].text, "." | "!" | "?")))
                        {
                            pairs.push((o, i - 1));
                            depth = 0;
                        }
                        if depth == 0 {
                            open = Some(i);
                        }
                        depth += 1;
                    }
                    TokenKind::CloseQuote if depth > 0 => {
                        depth -= 1;
                        if depth == 0
                            && let Some(o) = open.take()
                        {
                            pairs.push((o, i));
                        }
                    }
                    _ => {}
                }
                if open.is_some_and(|o| i - o > 800) {
                    open = None;
                    depth = 0;
                }
            }
            pairs
        }
        let words = |n: usize| "Wort ".repeat(n);
        for text in [
            format!("„{}“ und „{}“", words(3), words(5)),
            format!("„{}„{}“{}“", words(2), words(2), words(2)),
            // unclosed: dropped after 800 tokens, whatever comes then
            format!("„{}“ „{}“", words(799), words(3)),
            format!("„{}“ „{}“", words(800), words(3)),
            format!("„{}“ „{}“", words(801), words(3)),
            format!("„{}„{}“ „{}“", words(400), words(399), words(2)),
            format!("„{}„{}“ „{}“", words(400), words(400), words(2)),
            format!("„{}„{}“ „{}“", words(400), words(401), words(2)),
            format!("{}“ „", words(3)),
            // a quote over two paragraphs, its first left open
            format!(
                "Er sagte: „{}\n\n„{}“, so er. „{}“",
                words(3),
                words(4),
                words(2)
            ),
            format!("„{}„{}“\n\n„{}“", words(3), words(2), words(2)),
            // a hard-wrapped line is no paragraph; one break after a
            // sentence is
            format!("„{}\n„{}“{}“", words(3), words(2), words(2)),
            format!("„{}.\n„{}“", words(3), words(2)),
        ] {
            let toks: Vec<Token<'_>> = crate::tokenize(&text).collect();
            let marks: Vec<u32> = (toks.iter().enumerate())
                .filter(|(_, t)| matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote))
                .map(|(i, _)| i as u32)
                .collect();
            assert_eq!(
                quote_pairs(&text, &toks, &marks),
                by_token(&text, &toks),
                "{text}"
            );
        }
    }

    #[test]
    fn legal_prefilter_knows_every_legal_form() {
        for &(form, _) in LEGAL_FORMS {
            assert!(could_be_legal(form), "{form}");
        }
        assert!(could_be_legal("e."));
        assert!(!could_be_legal("gmb"));
    }

    #[test]
    fn short_keys_tell_texts_and_kinds_apart() {
        let k = |t: &str, slot| short_key(t, slot).unwrap();
        assert_eq!(
            crate::hash::le_bits(b"abc"),
            u64::from_le_bytes(*b"abc\0\0\0\0\0")
        );
        assert_eq!(
            crate::hash::le_bits(b"abcdefgh"),
            u64::from_le_bytes(*b"abcdefgh")
        );
        assert_ne!(k("ab", 0), k("ab\0", 0));
        assert_ne!(k("ab", 0), k("ab", 1));
        assert_ne!(k("abcdefgh", 0), k("abcdefg", 0));
        assert_ne!(k("abcdefghij", 0), k("abcdefghik", 0));
        assert_eq!(k("Bürgermeister", 0), k("Bürgermeister", 0));
        assert!(short_key("fünfzehn Bytes.", 0).is_none());
        assert!(short_key("fuenfzehn Bytes", 0).is_some());
    }

    #[test]
    fn acronym_part_starts_hold_every_part_s_first_letter() {
        for part in ACRONYM_PARTS {
            let first = part.chars().next().unwrap_or(' ');
            assert!(ACRONYM_PART_STARTS.contains(first), "{part}");
        }
    }

    #[test]
    fn own_keys_are_the_folded_text() {
        for w in [
            "bürger",
            "Bürger",
            "ÄRA",
            "it’s",
            ",",
            "„",
            "straße",
            "İstanbul",
        ] {
            let mut folded = String::new();
            fold_into(w, &mut folded);
            assert_eq!(is_own_key(w), folded == w, "{w}");
        }
    }
}
