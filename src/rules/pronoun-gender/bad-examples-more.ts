// pronoun-gender's bad examples, continued (bad-examples.ts is full): each marked span is a finding the rule must
// report, with its suggestion.
import type { RuleExample } from "../../check/rule";

/** More pairs with a pronoun or title of the wrong gender, marked. */
export const moreBad: RuleExample[] = [
  {
    // es -> en: a possessive right after "the president and" is the president's, though a woman was named before.
    from: "es",
    to: "en",
    source: "La presentadora Ana Gil habló primero. Después, el presidente y su esposa explicaron cómo celebrarán la Navidad.",
    target: "Host Ana Gil spoke first. Then the president and <marker>her</marker> wife explained how they will celebrate Christmas.",
    suggestion: "his",
  },
  {
    // es -> en: the source opens with its subject, "Una madre", and marks no man; the possessive in that subject's clause
    // is hers, though the sentence before had a "he" (the speaker).
    from: "es",
    to: "en",
    source: "Un solo hijo pide mucho tiempo, sostuvo. Una madre tiene que renunciar a dos años de su vida social.",
    target: "One child asks for a lot of time, he said. A mother has to give up two years of <marker>his</marker> social life.",
    suggestion: "her",
  },
  {
    // es -> en: "Randle" is a man and a woman of the article; "Ms Randle" is the woman.
    from: "es",
    to: "en",
    source: "El Sr Randle no habló. La Sra Randle, que dedicó su tiempo a la fundación, estaba cansada.",
    target: "Mr Randle did not speak. Ms Randle, who gave <marker>his</marker> time to the foundation, was tired.",
    suggestion: "her",
  },
  {
    // es -> en: "su difunto marido, su predecesor y socio, Néstor Vidal" is one man, who does not own the possessive.
    from: "es",
    to: "en",
    source: "Todo depende de si la señora Gil deja de lado la terquedad de su difunto marido, su predecesor y socio, Néstor Vidal.",
    target:
      "All depends on whether Ms Gil drops the stubbornness of <marker>his</marker> late husband, predecessor and partner, Néstor Vidal.",
    suggestion: "her",
  },
  {
    // en -> es: "as an oil trader" is said of the MP, no further person; the pronouns show him a man.
    from: "en",
    to: "es",
    source: "The MP, rich from his career as an oil trader, was questioned over his expenses.",
    target: "<marker>La diputada</marker>, rico por su carrera como comerciante de petróleo, fue interrogado sobre sus gastos.",
    suggestion: "El diputado",
  },
  {
    // es -> en: "a single child" in apposition to Sara Vidal is said of her, not a further person of unknown gender.
    from: "es",
    to: "en",
    source: "Sara Vidal, hija única, tenía miedo de los otros niños cuando era pequeña.",
    target: "Sara Vidal, a single child, was afraid of other children when <marker>he</marker> was small.",
    suggestion: "she",
  },
  {
    // en -> es: the Spanish opens with a noun for the English opening "He": it renders him.
    from: "en",
    to: "es",
    source: "He has come under criticism in Kenya for planning his races too closely.",
    target: "<marker>La atleta</marker> ha sido criticada en Kenia por planificar demasiado sus carreras.",
    suggestion: "El atleta",
  },
  {
    // en -> es: the Spanish sentence's words disagree ("La ministra … él"); the English pronouns alone show a man, so
    // the noun with its definite determiner is the wrong one.
    from: "en",
    to: "es",
    source: "Yesterday he said that he would resign before the summer.",
    target: "Ayer <marker>la ministra</marker> dijo que él dimitiría antes del verano.",
    suggestion: "el ministro",
  },
  {
    // es -> en: a reflexive right after a name is that person's, though another woman of unknown name came before.
    from: "es",
    to: "en",
    source: "Una activista escribió a Ana Vidal y pidió verla; Ana Vidal es embajadora de la ONU.",
    target: "An activist wrote to Ana Vidal and asked to see her; Ana Vidal <marker>himself</marker> is a UN ambassador.",
    suggestion: "herself",
  },
  {
    // en -> es: "the senator" opens its clause after a man only, and "his" right after it refers back to it: a man.
    from: "en",
    to: "es",
    source: "Mr. Gil is sure that the senator, as his office said, acted within the law.",
    target: "Gil está seguro de que <marker>la senadora</marker>, como dijo su oficina, actuó dentro de la ley.",
    suggestion: "el senador",
  },
  {
    // en -> es: "americano" right after "la actriz" agrees with a man, and the source genders a man only ("He").
    from: "en",
    to: "es",
    source: "He said the American actor had retired.",
    target: "Dijo que <marker>la actriz</marker> americano se había retirado.",
    suggestion: "el actor",
  },
  {
    // en -> es: "fue sometido" says a man of "la cantante", and the source genders a man only ("Mr").
    from: "en",
    to: "es",
    source: "Mr. Ruiz said the singer had been placed in a coma.",
    target: "El señor Ruiz dijo que <marker>la cantante</marker> fue sometido a un coma.",
    suggestion: "el cantante",
  },
  {
    // es -> en: "Christian Democratic Union" is a body's name, though it starts with a given name: no man between
    // "The leader" and the reflexive that refers back to her.
    from: "es",
    to: "en",
    source: "La jefa de la Unión Demócrata Cristiana se negó ese lujo a sí misma.",
    target: "The leader of the Christian Democratic Union denied <marker>himself</marker> that luxury.",
    suggestion: "herself",
  },
  {
    // es -> en: "Globo" after "radio" is a body (rules/en/gender-cues.json beforePlace), no one of unknown gender
    // between Mr. Ruiz and the pronoun his sentence binds (the judge of the sentence before is no longer the topic).
    from: "es",
    to: "en",
    source: "La jueza Ana Gil rechazó el recurso. El señor Ruiz dijo a radio Globo que su abogado apelará.",
    target: "Judge Ana Gil rejected the appeal. Mr. Ruiz told radio Globo that <marker>her</marker> lawyer will appeal.",
    suggestion: "his",
  },
  {
    // es -> en: "chief of staff" with its complement and a comma right before "Pedro Gómez" is that man, no one of
    // unknown gender besides him (rules/pronoun-evidence.json titleLinks).
    from: "es",
    to: "en",
    source: "La jueza Ana Gil rechazó el recurso. El señor Ruiz dijo que su jefe de gabinete, Pedro Gómez, habló con su abogado.",
    target: "Judge Ana Gil rejected the appeal. Mr. Ruiz said that his chief of staff, Pedro Gómez, spoke to <marker>her</marker> lawyer.",
    suggestion: "his",
  },
  {
    // es -> en: "Mr. Ruiz's lead lawyer" between commas after "Pedro Gómez" is Pedro Gómez, no one of unknown gender
    // besides him.
    from: "es",
    to: "en",
    source:
      "La jueza Ana Gil rechazó el recurso. Pedro Gómez, el abogado principal del señor Ruiz, dijo que su cliente recibió una llamada.",
    target:
      "Judge Ana Gil rejected the appeal. Pedro Gómez, Mr. Ruiz's lead lawyer, said that <marker>her</marker> client received a call.",
    suggestion: "his",
  },
  {
    // en -> es: "zu" is a particle inside a name (rules/given-names.json), so "Karl-Theodor zu Berg" is the man "he" is.
    from: "en",
    to: "es",
    source: "The opposition accused defence minister Karl-Theodor zu Berg of lying. He denied it.",
    target: "La oposición acusó a <marker>la ministra</marker> de Defensa, Karl-Theodor zu Berg, de mentir. Él lo negó.",
    suggestion: "el ministro",
  },
  {
    // en -> es: "en cuestión" is read whole between the title and the name (rules/es/gender-cues.json
    // complementPhrases), so the title is David Wells's, whom the source shows as a man.
    from: "en",
    to: "es",
    source: "Mr. Wells spoke first. A film about Roman Polanski quoted the prosecutor in question, David Wells.",
    target: "Wells habló primero. Una película sobre Roman Polanski citó a <marker>la fiscal</marker> en cuestión, David Wells.",
    suggestion: "el fiscal",
  },
  {
    // es -> en: a straight quotation mark that only closes (one opened with "'") opens no quotation, so the next
    // sentence is not read as quoted speech ("Oscar" and "Eastwood" leave its "her" to the source sentence alone).
    from: "es",
    to: "en",
    source: 'Le dije: "Necesito verte". El actor, que ganó un Oscar por su papel en el drama de Eastwood, interpretó a un líder.',
    target:
      "I told him: 'I need to see you\". The actor, who won an Oscar for <marker>her</marker> role in Eastwood's drama, has played a leader.",
    suggestion: "his",
  },
  {
    // es -> en: a reflexive right after a name is that person's, though the source marks a woman elsewhere.
    from: "es",
    to: "en",
    source: "Eso dice mucho de esta mujer y de Pedro Ruiz.",
    target: "That says a lot about this woman and about Pedro Ruiz <marker>herself</marker>.",
    suggestion: "himself",
  },
  {
    // es -> en: a title, its complement with a body's name, and a comma before a name are that person ("The critic of
    // PNV concerning housing, Olivia Ruiz"), not a second person of unknown gender.
    from: "es",
    to: "en",
    source: "La crítica del PNV en materia de vivienda, Olivia Ruiz, negó que su partido fuera débil.",
    target: "The critic of PNV concerning housing, Olivia Ruiz, denied that <marker>his</marker> party was weak.",
    suggestion: "her",
  },
  {
    // es -> en: a possessive right after the clause-opening noun and its verb is the subject's, whoever the fronted
    // phrase before it names ("A friend of Pedro Ruiz …, the singer lavishes his style").
    from: "es",
    to: "en",
    source: "Amiga de Pedro Ruiz desde la infancia, la cantante prodiga su estilo en cada gira.",
    target: "A friend of Pedro Ruiz since childhood, the singer lavishes <marker>his</marker> style on every tour.",
    suggestion: "her",
  },
  {
    // es -> en: "su abogada" is the attorney, whom "her" of "her attorney" owns, not renders: the sentence marks no woman
    // the possessive may be, and it refers forward to Alexandre Ruiz.
    from: "es",
    to: "en",
    source: "Según su abogada, Alexandre Ruiz es inocente.",
    target: "According to <marker>her</marker> attorney, Alexandre Ruiz is innocent.",
    suggestion: "his",
  },
  {
    // es -> en: "su esposo" is someone the subject owns, no man the subject pronoun "he" may render; "Chile's president"
    // in apposition after the name is Ana Ruiz, no one of unknown gender besides her.
    from: "es",
    to: "en",
    source: "Desde que perdió a su esposo, Ana Ruiz, la presidenta de Chile, ha visto crecer su popularidad.",
    target: "Since <marker>he</marker> was widowed, Ana Ruiz, Chile's president, has seen <marker>his</marker> popularity grow.",
    suggestion: "she",
  },
  {
    // es -> en: a name of unknown gender ("Sam") in apposition right after a gendered noun ("Another English man") is
    // that man: every person before "her" in its sentence is a man.
    from: "es",
    to: "en",
    source:
      "La periodista Ana Gil habló con los invitados. Otro inglés, el oscarizado director Sam Ruiz, dijo que trabajar con Pedro Mora fue la cumbre de su carrera.",
    target:
      "The journalist Ana Gil spoke to the guests. Another English man, Sam Ruiz, said that working with Pedro Mora was the peak of <marker>her</marker> career.",
    suggestion: "his",
  },
  {
    // es -> en: a bare person noun after a preposition ("de médico en médico") names no one, so no man of the source
    // sentence may be the "he" that Ana Ruiz's sentence gives her.
    from: "es",
    to: "en",
    source: "Ana Ruiz leyó un texto que escribió sobre ir de médico en médico.",
    target: "Ana Ruiz read a text that <marker>he</marker> wrote about going from doctor to doctor.",
    suggestion: "she",
  },
  {
    // es -> en: "el ex-jefe" (a prefix joined by a hyphen) takes its determiner's gender, and "antiguo presidente" its
    // modifier's: the source sentence speaks only of a man.
    from: "es",
    to: "en",
    source:
      "En la transición tendrá un papel activo Stoiber, que estuvo en el fondo; el ex-jefe de gobierno y antiguo presidente del partido calificó el domingo como el día más amargo de su carrera.",
    target:
      "Stoiber, who stayed in the background, will have an active role in the transition; the ex-state premier and former party president called Sunday the darkest day of <marker>her</marker> career.",
    suggestion: "his",
  },
  {
    // en -> es: "COP16" is an acronym, no person noun ("cop"), so "the representative" is the sentence's one person
    // besides its pronouns, and "his" shows him a man.
    from: "en",
    to: "es",
    source: "The representative of Chile at the COP16 said that his government would sign the deal.",
    target: "<marker>La representante</marker> de Chile en la COP16 dijo que su gobierno firmaría el acuerdo.",
    suggestion: "El representante",
  },
  {
    // en -> es: the same noun said twice is one person; "his" shows both mentions a man.
    from: "en",
    to: "es",
    source: "The director of the museum said that the director would present his plan on Monday.",
    target: "<marker>La directora</marker> del museo dijo que <marker>la directora</marker> presentaría su plan el lunes.",
    suggestion: "El director",
  },
  {
    // en -> es: a noun said of the subject past its modifiers ("to become a substantial Test cricketer") is no further
    // person: the sentence speaks of Paul Collingwood alone, whom "himself" shows a man.
    from: "en",
    to: "es",
    source: "Paul Collingwood struggled at first but came through to become a substantial Test cricketer himself.",
    target: "Paul Collingwood tuvo problemas al principio pero llegó a convertirse en <marker>una jugadora</marker> importante.",
    suggestion: "un jugador",
  },
  {
    // en -> es: a title's complement may hold a bracketed acronym before the name in apposition ("(HRK), Margret
    // Wintermantel"): the title is hers, and "she" shows her a woman.
    from: "en",
    to: "es",
    source: "The president of the Conference of Rectors (HRK), Margret Wintermantel, said she backed the students.",
    target: "<marker>El presidente</marker> de la Conferencia de Rectores (HRK), Margret Wintermantel, dijo que apoyaba a los estudiantes.",
    suggestion: "La presidenta",
  },
  {
    // en -> es: the one noun of no marked gender, subject of a report after a comma, is the person the pronouns show.
    from: "en",
    to: "es",
    source: "Not because he wants to annoy anyone, says the head of the road service.",
    target: "No porque quiera molestar a nadie, explica <marker>la directora</marker> del servicio de carreteras.",
    suggestion: "el director",
  },
  {
    // en -> es: "Civil Guard" is a body's name (rules/pronoun-evidence.json bodyNouns), no person of unknown gender.
    from: "en",
    to: "es",
    source: "Today the Civil Guard arrested the mayor of Totana for his alleged role in the plot.",
    target: "Hoy la Guardia Civil detuvo a <marker>la alcaldesa</marker> de Totana por su presunto papel en la trama.",
    suggestion: "el alcalde",
  },
  {
    // en -> es: a person noun right before a body's word ("the executive committee") is its modifier, no person.
    from: "en",
    to: "es",
    source: "The minister skipped the vote of the executive committee and went back to his office.",
    target: "<marker>La ministra</marker> no asistió a la votación del comité ejecutivo y volvió a su despacho.",
    suggestion: "El ministro",
  },
  {
    // en -> es: a title, one of titleLinks and its complement, then a name with no comma: the name is the title's.
    from: "en",
    to: "es",
    source: "The president of the regional council Agazio Rossi said that crime was rife in his region.",
    target: "<marker>La presidenta</marker> del consejo regional Agazio Rossi dijo que el crimen abundaba en su región.",
    suggestion: "El presidente",
  },
  {
    // en -> es: a long complement with a hyphenated name before the name in apposition; its capitals are no one.
    from: "en",
    to: "es",
    source: "The head of surgery of the Pitié-Salpêtrière hospital, Yves Martin, said he would fly to Los Angeles.",
    target: "<marker>La jefa</marker> de cirugía del hospital de la Pitié-Salpêtrière, Yves Martin, dijo que viajaría a Los Ángeles.",
    suggestion: "El jefe",
  },
  {
    // en -> es: words of both genders in the Spanish sentence, a source that marks men only by a gendered noun.
    from: "en",
    to: "es",
    source: "The reform must be stopped, explains council chairman Reinhold Grimm.",
    target: "La reforma debe detenerse, explica <marker>la directora</marker> del consejo, el Sr. Reinhold Grimm.",
    suggestion: "el director",
  },
  {
    // en -> es: a pronoun in the opening participle clause is the person of the noun that opens the clause after it.
    from: "en",
    to: "es",
    source: "Reaffirming that he would cut taxes, the senator from Illinois said that energy was his first priority.",
    target: "Reafirmando que bajaría los impuestos, <marker>la senadora</marker> de Illinois dijo que la energía era su primera prioridad.",
    suggestion: "el senador",
  },
  {
    // en -> es: the Spanish words disagree ("El alcalde … la actual alcaldesa"); the source's nouns of no marked gender
    // are resolved by its pronoun before they judge them: the same noun twice and "his" show a man.
    from: "en",
    to: "es",
    source: "The mayor was arrested today: the police detained the current mayor of Totana for his alleged role in the plot.",
    target:
      "El alcalde fue detenido hoy: la policía detuvo a <marker>la actual alcaldesa</marker> de Totana por su presunto papel en la trama.",
    suggestion: "el actual alcalde",
  },
  {
    // en -> es: "Today" after a run-in headline is no one's name (rules/en/gender-cues.json notNameWords).
    from: "en",
    to: "es",
    source: "Mayor of Totana arrested Today the police detained the mayor for his alleged role in the plot.",
    target: "Detenido el alcalde de Totana Hoy la policía detuvo a <marker>la alcaldesa</marker> por su presunto papel en la trama.",
    suggestion: "el alcalde",
  },
];
