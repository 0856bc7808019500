//! People, organisations, roles and quotes.
//!
//! [`entities`] (or [`Recognizer::find`] on tokens you already have) lists,
//! for one document, the people who speak or act, the organisations, the
//! roles that bind them, and the direct quotes with their speakers — as a
//! careful reader would list them. Every mention keeps its byte span into
//! the text.
//!
//! Entities refer to each other by index: [`Person::roles`] and
//! [`Role::person`] index [`Entities::roles`] and [`Entities::people`],
//! [`Role::organisation`] and [`Person::party`] index
//! [`Entities::organisations`], [`Quote::speaker`] indexes
//! [`Entities::people`].

mod lexicon;
mod recognize;

use lexicon::{ENTITY_LEXICON, EntityLexicon};

use crate::{Error, Sentence, Span, Token};

/// One place where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention<'t> {
    /// The mention as written.
    pub text: &'t str,
    /// Its byte span in the text.
    pub span: Span,
}

/// What sort of body an [`Organisation`] is.
///
/// New kinds may be added in minor releases; match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgKind {
    /// A ministry (federal or Land) or a Senatsverwaltung.
    Ministry,
    /// An authority or agency (Bundesamt, Landesamt, Amt, Agentur).
    Authority,
    /// A government as a whole (Bundesregierung, Landesregierung, Senat),
    /// and its office (Staatskanzlei, Senatskanzlei).
    Government,
    /// A parliament (Bundestag, Landtag, Bürgerschaft, Stadtrat as council).
    Parliament,
    /// A court.
    Court,
    /// A municipality, district or other local authority (Stadt, Landkreis,
    /// Gemeinde, Bezirksamt, Landratsamt).
    Municipality,
    /// A company (GmbH, AG, SE, public IT providers run as companies).
    Company,
    /// A cooperative (eG, Genossenschaft).
    Cooperative,
    /// An association, union or foundation (e.V., Verband, Stiftung, Kammer).
    Association,
    /// A political party.
    Party,
    /// A university, research institute or school.
    Research,
    /// A newspaper, broadcaster or agency of the press.
    Media,
    /// An EU or international body.
    International,
    /// Anything else, the churches and their dioceses and parishes among
    /// them.
    Other,
}

impl OrgKind {
    /// The kind's name in the JSON output: `"ministry"`, `"authority"`,
    /// `"government"`, `"parliament"`, `"court"`, `"municipality"`,
    /// `"company"`, `"cooperative"`, `"association"`, `"party"`,
    /// `"research"`, `"media"`, `"international"`, `"other"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Ministry => "ministry",
            OrgKind::Authority => "authority",
            OrgKind::Government => "government",
            OrgKind::Parliament => "parliament",
            OrgKind::Court => "court",
            OrgKind::Municipality => "municipality",
            OrgKind::Company => "company",
            OrgKind::Cooperative => "cooperative",
            OrgKind::Association => "association",
            OrgKind::Party => "party",
            OrgKind::Research => "research",
            OrgKind::Media => "media",
            OrgKind::International => "international",
            OrgKind::Other => "other",
        }
    }

    /// The kind named by [`OrgKind::as_str`] (also a few synonyms:
    /// `"agency"`, `"district"`, `"education"`, `"eu"`), or `None`.
    #[must_use]
    pub fn parse(name: &str) -> Option<OrgKind> {
        Some(match name.trim().to_ascii_lowercase().as_str() {
            "ministry" => OrgKind::Ministry,
            "authority" | "agency" => OrgKind::Authority,
            "government" => OrgKind::Government,
            "parliament" => OrgKind::Parliament,
            "court" => OrgKind::Court,
            "municipality" | "district" => OrgKind::Municipality,
            "company" => OrgKind::Company,
            "cooperative" => OrgKind::Cooperative,
            "association" | "foundation" => OrgKind::Association,
            "party" => OrgKind::Party,
            "research" | "education" | "university" => OrgKind::Research,
            "media" => OrgKind::Media,
            "international" | "eu" => OrgKind::International,
            "other" => OrgKind::Other,
            _ => return None,
        })
    }
}

/// A person who speaks or acts in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person<'t> {
    /// The fullest form of the name in the document, without academic
    /// titles and role words (`"Anja Theurer"`).
    pub name: String,
    /// Every mention, in text order; titles stay in the mention
    /// (`"Dr. Anja Theurer"`, `"Theurer"`), honorifics do not (`"Frau
    /// Theurer"` → `"Theurer"`).
    pub mentions: Vec<Mention<'t>>,
    /// The person's roles: indices into [`Entities::roles`].
    pub roles: Vec<usize>,
    /// The person's party, as in `"Nancy Faeser (SPD)"` or
    /// `"SPD-Bundestagsabgeordnete …"`: an index into
    /// [`Entities::organisations`].
    pub party: Option<usize>,
}

/// An organisation named in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation<'t> {
    /// The long form when the text spells it out anywhere (nominative,
    /// `"Zentrum für Digitale Souveränität des Bundes"`), else the name as
    /// written.
    pub name: String,
    /// The acronyms and other forms the text uses (`"ZenDiS"`).
    pub aliases: Vec<String>,
    /// What sort of body it is.
    pub kind: OrgKind,
    /// Every mention, in text order.
    pub mentions: Vec<Mention<'t>>,
}

/// A role a person holds, or a role named without a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role<'t> {
    /// The title as written for the person, in the nominative singular,
    /// gender kept: `"Bundesinnenministerin"`, `"Staatssekretär"`, `"CEO"`,
    /// `"Parlamentarische Staatssekretärin"`.
    pub title: String,
    /// The holder: an index into [`Entities::people`].
    pub person: Option<usize>,
    /// The organisation the role belongs to: an index into
    /// [`Entities::organisations`].
    pub organisation: Option<usize>,
    /// Every mention of the role word, in text order (`"govdigital-CEO"`,
    /// `"der govdigital-CEO"` later in the text).
    pub mentions: Vec<Mention<'t>>,
}

/// A direct quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quote {
    /// The quote's byte span, quotation marks included. A quote that runs
    /// on into the next paragraph, where German typesetting leaves the
    /// closing mark off and opens the next paragraph with a new one, ends
    /// at its paragraph's end; the next paragraph is a quote of its own.
    pub span: Span,
    /// Who said it: an index into [`Entities::people`].
    pub speaker: Option<usize>,
}

/// The entities of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities<'t> {
    /// People, in order of first mention.
    pub people: Vec<Person<'t>>,
    /// Organisations, in order of first mention.
    pub organisations: Vec<Organisation<'t>>,
    /// Roles, in order of first mention.
    pub roles: Vec<Role<'t>>,
    /// Direct quotes, in text order.
    pub quotes: Vec<Quote>,
}

/// Finds the entities of `text` (tokenizing and splitting it first) with
/// the embedded lexicons.
#[must_use]
pub fn entities(text: &str) -> Entities<'_> {
    let mut tokens = Vec::new();
    crate::tokenize_into(text, &mut tokens);
    let sentences = crate::split_sentences(text, &tokens);
    Recognizer::default_ref().find(text, &tokens, &sentences)
}

/// Recognises people, organisations and roles; the embedded lexicons plus
/// your own entries. Build it once and share it: it is `Send + Sync`.
///
/// ```
/// use meldung::entity::{OrgKind, Recognizer};
///
/// let recognizer = Recognizer::builder()
///     .organisation("Digitalagentur Musterland", &["DAM"], OrgKind::Authority)
///     .build()?;
/// let text = "Die Digitalagentur Musterland (DAM) startet heute. Die DAM hat \
///             40 Beschäftigte, sagte Staatssekretärin Erika Beispiel.";
/// let tokens: Vec<_> = meldung::tokenize(text).collect();
/// let sentences = meldung::split_sentences(text, &tokens);
/// let found = recognizer.find(text, &tokens, &sentences);
/// assert_eq!(found.organisations[0].name, "Digitalagentur Musterland");
/// assert_eq!(found.organisations[0].aliases, ["DAM"]);
/// assert_eq!(found.organisations[0].mentions.len(), 3);
/// assert_eq!(found.people[0].name, "Erika Beispiel");
/// assert_eq!(found.roles[0].title, "Staatssekretärin");
/// # Ok::<(), meldung::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Recognizer {
    /// `None`: the embedded lexicon; `Some`: a copy with user entries.
    own: Option<Box<EntityLexicon>>,
}

impl Recognizer {
    /// A recognizer with the embedded lexicons only (parsed once per
    /// process, on first use).
    #[must_use]
    pub fn new() -> Recognizer {
        Recognizer::default()
    }

    fn default_ref() -> &'static Recognizer {
        static DEFAULT: Recognizer = Recognizer { own: None };
        &DEFAULT
    }

    fn lexicon(&self) -> &EntityLexicon {
        match &self.own {
            Some(lex) => lex,
            None => &ENTITY_LEXICON,
        }
    }

    /// Starts a recognizer with your own organisations, people and roles.
    #[must_use]
    pub fn builder() -> RecognizerBuilder {
        RecognizerBuilder::default()
    }

    /// Finds the entities in already tokenized and split text.
    ///
    /// `tokens` must be the tokens of `text` and `sentences` its sentences
    /// (from [`crate::split_sentences`]); any other input gives no panic, but
    /// no useful result either.
    #[must_use]
    pub fn find<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        sentences: &[Sentence],
    ) -> Entities<'t> {
        recognize::find(self.lexicon(), text, tokens, sentences)
    }
}

/// Builds a [`Recognizer`] with entries of your own.
#[derive(Clone, Debug, Default)]
pub struct RecognizerBuilder {
    orgs: Vec<(String, Vec<String>, OrgKind)>,
    people: Vec<String>,
    roles: Vec<(String, String)>,
    gazetteers: Vec<String>,
}

impl RecognizerBuilder {
    /// Adds an organisation: its long form, acronyms or short forms, and
    /// kind. It wins over an embedded organisation with the same form.
    pub fn organisation(
        &mut self,
        name: &str,
        aliases: &[&str],
        kind: OrgKind,
    ) -> &mut RecognizerBuilder {
        self.orgs.push((
            name.trim().to_owned(),
            aliases.iter().map(|a| a.trim().to_owned()).collect(),
            kind,
        ));
        self
    }

    /// Adds a person's full name (`"Anja Theurer"`): its first word is then
    /// a known first name, so the name is found without other evidence.
    pub fn person(&mut self, name: &str) -> &mut RecognizerBuilder {
        self.people.push(name.trim().to_owned());
        self
    }

    /// Adds a role title with its masculine and feminine forms (the same
    /// twice, or an empty feminine, for ungendered titles like `"CDO"`).
    pub fn role(&mut self, masculine: &str, feminine: &str) -> &mut RecognizerBuilder {
        self.roles
            .push((masculine.trim().to_owned(), feminine.trim().to_owned()));
        self
    }

    /// Adds the entries of a user gazetteer in TSV form, one per line:
    /// `org<TAB>NAME<TAB>ALIAS|ALIAS<TAB>KIND` (aliases and kind may be
    /// empty; kinds as in [`OrgKind::as_str`]), `person<TAB>NAME`,
    /// `role<TAB>MASCULINE<TAB>FEMININE`; blank lines and `#` comments are
    /// skipped.
    ///
    /// ```
    /// let mut builder = meldung::entity::Recognizer::builder();
    /// builder.gazetteer("org\tDigitalagentur Musterland\tDAM\tauthority\nrole\tChief Data Officer\n")?;
    /// assert!(builder.gazetteer("firma\tX").is_err());
    /// # Ok::<(), meldung::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidGazetteer`] names the first bad line.
    pub fn gazetteer(&mut self, tsv: &str) -> Result<&mut RecognizerBuilder, Error> {
        // Checked now, so that the error points at the call.
        EntityLexicon::default().add_gazetteer(tsv)?;
        self.gazetteers.push(tsv.to_owned());
        Ok(self)
    }

    /// The recognizer: a copy of the embedded lexicons with your entries.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidGazetteer`] for an organisation, person or role
    /// without a name.
    pub fn build(&self) -> Result<Recognizer, Error> {
        if self.orgs.is_empty()
            && self.people.is_empty()
            && self.roles.is_empty()
            && self.gazetteers.is_empty()
        {
            return Ok(Recognizer::default());
        }
        let mut lex = ENTITY_LEXICON.clone();
        let bad = |entry: &str, reason| Error::InvalidGazetteer {
            entry: entry.to_owned(),
            line: 0,
            reason,
        };
        for (name, aliases, kind) in &self.orgs {
            if name.is_empty() {
                return Err(bad(name, "an organisation needs a name"));
            }
            let aliases: Vec<&str> = aliases
                .iter()
                .map(String::as_str)
                .filter(|a| !a.is_empty())
                .collect();
            lex.add_user_org(name, &aliases, *kind);
        }
        for name in &self.people {
            if name.is_empty() {
                return Err(bad(name, "a person needs a name"));
            }
            lex.add_person(name);
        }
        for (masc, fem) in &self.roles {
            if masc.is_empty() {
                return Err(bad(masc, "a role needs a title"));
            }
            lex.add_role(masc, fem, false);
        }
        for tsv in &self.gazetteers {
            lex.add_gazetteer(tsv)?;
        }
        lex.id = lexicon::next_lexicon_id();
        Ok(Recognizer {
            own: Some(Box::new(lex)),
        })
    }
}
