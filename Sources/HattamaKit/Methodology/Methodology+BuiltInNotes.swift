/// The built-in methodologies' notes and texts in three languages: what `methodology show`
/// prints beside a value the seed leaves silent or ambiguous, and the bodies it names.
enum BuiltInNote {
  static let inForceFromSigning = Phrase(
    kk: "қол қойылған күннен бастап қолданысқа енеді", ru: "вводится в действие со дня подписания",
    en: "in force from signing")

  /// 000 and 004: a validity that starts with a publication the seed does not date.
  static func fromPublication(registered: String) -> Phrase {
    Phrase(
      kk: "алғашқы ресми жарияланған күннен бастап қолданысқа енеді, ал ол күн дереккөзде жоқ; "
        + "\(registered) тіркелген, содан кейін \(publicationDays) күнтізбелік күн ішінде "
        + "жарияланды деп есептеледі",
      ru: "вводится в действие со дня первого официального опубликования, даты которого в "
        + "источнике нет; зарегистрирован \(registered) и считается опубликованным в течение "
        + "\(publicationDays) календарных дней после этого",
      en: "in force from its first official publication, a date the seed lacks; registered on "
        + "\(registered), it is assumed published within \(publicationDays) calendar days of that")
  }

  static let underTheCode = Phrase(
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне сәйкес",
    ru: "в соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан",
    en: "under the Administrative Procedural-Process Code of the Republic of Kazakhstan")
  static let officialsDecision = Phrase(
    kk: "уәкілетті лауазымды тұлғаның шешімі", ru: "решение уполномоченного должностного лица",
    en: "the authorized official's decision")
  static let civilServiceAgency = Phrase(
    kk: "мемлекеттік қызмет істері жөніндегі уәкілетті орган немесе оның аумақтық бөлімшесі",
    ru: "уполномоченный орган по делам государственной службы или его территориальное "
      + "подразделение",
    en: "the authorized body for civil-service affairs or its territorial department")
  static let authorizedPerson = Phrase(
    kk: "уәкілетті тұлға", ru: "уполномоченное лицо", en: "the authorized person")

  static let noCastingVote = Phrase(
    kk: "шешуші дауыс жоқ, сондықтан тең дауыс ештеңені қабылдамайды; өз бұйрығы төрағаға шешуші "
      + "дауыс беретін орган tieBreak мәнін chair-decides деп text ретінде қояды",
    ru: "решающего голоса нет, поэтому при равенстве голосов ничего не принимается; орган, чей "
      + "собственный приказ даёт председателю решающий голос, задаёт tieBreak = chair-decides как "
      + "text",
    en: "no casting vote, so a tie adopts nothing; a body whose own order gives the chair one sets "
      + "tieBreak to chair-decides as text")
  static let silentOnComposition = Phrase(
    kk: "000 калибрлеу сессиясының құрамына ереже белгілемейді; 002 ¶20 (басқа органның 2025-10-09 "
      + "қол қойылған бұйрығы) ұқсастық бойынша қолданылады, сондықтан бұзушылық — ескерту",
    ru: "000 не устанавливает правил состава калибровочной сессии; 002 ¶20 (приказ другого органа, "
      + "подписанный 2025-10-09) применяется по аналогии, поэтому нарушение — предупреждение",
    en: "000 states no composition rule for a calibration session; 002 ¶20 (another body's order, "
      + "signed 2025-10-09) is applied by analogy, so a breach is a warning")
  static let silentOnForm = Phrase(
    kk: "ешбір дереккөз калибрлеу сессиясына хаттама нысанын бермейді; 000 11-қосымшасының нысаны "
      + "бекіту белгісінсіз қолданылады, өйткені ешбір дереккөз калибрлеу сессиясының нәтижелерін "
      + "бекітуді қарастырмайды",
    ru: "ни один источник не даёт калибровочной сессии формы протокола; используется форма "
      + "приложения 11 к 000 без грифа утверждения, так как ни один источник не предусматривает "
      + "утверждения результатов калибровочной сессии",
    en: "no seed gives a calibration session a protocol form; 000 Appendix 11's is followed "
      + "without its approval block, since no seed gives a calibration session an approval of "
      + "results")
  static let tradeForm = Phrase(
    kk: "002 ¶23 хаттамаға қол қоюды көздейді («хаттамаға қол қойылған күннен»), бірақ нысан "
      + "бермейді және қол қоюшыларды атамайды; хатшы, төраға және қатысқан мүшелер комиссиялар "
      + "нысандарының ретімен қол қояды, бекіту белгісі жоқ, өйткені 002 калибрлеу сессиясының "
      + "нәтижелерін бекітуді қарастырмайды",
    ru: "002 ¶23 предусматривает подписание протокола («хаттамаға қол қойылған күннен»), но не "
      + "даёт формы и не называет подписантов; подписывают секретарь, председатель и "
      + "присутствующие члены в порядке форм комиссий, грифа утверждения нет, так как 002 не "
      + "предусматривает утверждения результатов калибровочной сессии",
    en: "002 ¶23 has the protocol signed («хаттамаға қол қойылған күннен») but gives no form and "
      + "names no signatories; the secretary, the chair and the members present sign, in the "
      + "order of the commissions' forms, and there is no approval block, since 002 gives a "
      + "calibration session no approval of results")
  static let noticeNote = Phrase(
    kk: "«… жұмыс күні аралығында»: отырысқа дейін кемінде N жұмыс күні бұрын деп оқылады; "
      + "отырысқа дейінгі N жұмыс күні ішінде — басқа оқылым; отырыс күні немесе одан кейінгі "
      + "хабарлама екі оқылым бойынша да кешіккен",
    ru: "«… жұмыс күні аралығында» («в течение … рабочих дней»): читается как не менее чем за N "
      + "рабочих дней до заседания; в течение N рабочих дней до него — другое прочтение; "
      + "уведомление в день заседания или позже запоздало при обоих",
    en: "«… жұмыс күні аралығында»: read as at least N working days before the sitting; within "
      + "the N working days before it is the other reading; a notice on the sitting's day or "
      + "later is late under both")
  static let silentOnSecretary = Phrase(
    kk: "мәтін калибрлеу сессиясының хатшысын атамайды; комиссиядағыдай, хаттаманы HR "
      + "қызметкері жүргізеді және дауыс бермейді",
    ru: "текст не называет секретаря калибровочной сессии; как в комиссии, протокол ведёт "
      + "работник HR, который не голосует",
    en: "the text names no secretary for a calibration session; as in a commission, an HR "
      + "employee keeps the protocol and does not vote")
  static let silentOnChair = Phrase(
    kk: "мәтін калибрлеу сессиясының төрағасын атамайды; комиссиядағыдай, отырысты жүргізіп, "
      + "хаттамаға қол қою үшін төраға талап етіледі",
    ru: "текст не называет председателя калибровочной сессии; как в комиссии, он требуется, "
      + "чтобы вести заседание и подписать протокол",
    en: "the text names no chair for a calibration session; one is asked for, as in a "
      + "commission, to lead the sitting and sign the protocol")
  static let silentOnQuorum = Phrase(
    kk: "мәтін калибрлеу сессиясының кворумын белгілемейді; комиссиялардың үштен екісі "
      + "қолданылады",
    ru: "текст не устанавливает кворум калибровочной сессии; применяются две трети, как у "
      + "комиссий",
    en: "the text sets no quorum for a calibration session; the commissions' two thirds is "
      + "applied")
  static let silentOnCommissionSize = Phrase(
    kk: "мәтін бұл комиссияның ең аз құрамын белгілемейді; 002 ¶20 бойынша үш адам (басқа "
      + "органның калибрлеу сессиясы) ұқсастық бойынша қолданылады",
    ru: "текст не устанавливает минимальный состав этой комиссии; по аналогии применяются три "
      + "человека из 002 ¶20 (калибровочная сессия другого органа)",
    en: "the text sets no minimum size for this commission; 002 ¶20's three (another body's "
      + "calibration session) is applied by analogy")
  static let recusedNote = Phrase(
    kk: "мәтін үндемейді; дауыс бермейтін мүше отырысқа қатысады, сондықтан кворумға "
      + "есептеледі, бірақ сол іс бойынша дауыс бере алмайды",
    ru: "текст молчит; не голосующий по делу член присутствует на заседании и поэтому "
      + "учитывается в кворуме, но не вправе голосовать по этому делу",
    en: "the text is silent; a recused member is present at the sitting and so counts toward its "
      + "quorum, but is not eligible to vote on that case")
  static let membersNote = Phrase(
    kk: "«мүшелерінің басым / көпшілік дауысымен»: іс бойынша қатысып отырған және дауыс беруге "
      + "құқылы мүшелердің жартысынан көбі деп оқылады, қалыс қалғандар қарсы есептеледі; "
      + "берілген дауыстар және бүкіл құрам — басқа оқылымдар",
    ru: "«мүшелерінің басым / көпшілік дауысымен» (большинством голосов членов): читается как "
      + "более половины членов, присутствующих и вправе голосовать по делу, воздержавшиеся "
      + "считаются против; поданные голоса и весь состав — другие прочтения",
    en: "«мүшелерінің басым / көпшілік дауысымен» (the majority of the members): read as more "
      + "than half of the members present and eligible on the case, abstentions counting "
      + "against; the votes cast and the whole composition are the other readings")
  static let participantsNote = Phrase(
    kk: "«қатысушыларының басым дауысымен»: іс бойынша қатысып отырған және дауыс беруге құқылы "
      + "мүшелердің жартысынан көбі деп оқылады, қалыс қалғандар қарсы есептеледі; берілген "
      + "дауыстар — басқа оқылым",
    ru: "«қатысушыларының басым дауысымен» (большинством голосов участников): читается как "
      + "более половины членов, присутствующих и вправе голосовать по делу, воздержавшиеся "
      + "считаются против; поданные голоса — другое прочтение",
    en: "«қатысушыларының басым дауысымен» (the majority of the participants): read as more "
      + "than half of the members present and eligible on the case, abstentions counting "
      + "against; the votes cast is the other reading")
  static let capNote = Phrase(
    kk: "шек 5-параметрдің жолында тұр, ал баға бес параметрдің орташасы; қорытынды бағаны да "
      + "шектейді деп оқылады (2.99 және 1.99 — төменгі деңгейлердің жоғарғы шегі), сондықтан "
      + "түзету тәртіптік жазасы бар қызметшіні одан жоғары көтере алмайды",
    ru: "ограничение стоит в строке параметра 5, а оценка — среднее пяти параметров; читается как "
      + "ограничивающее и итоговую оценку (2.99 и 1.99 — верхние границы нижних уровней), "
      + "поэтому корректировка не может поднять служащего со взысканием выше него",
    en: "the cap stands in parameter 5's row and the score is the average of five parameters; "
      + "read as bounding the final score too (2.99 and 1.99 are the tops of the lower bands), so "
      + "a correction cannot lift a sanctioned employee past it")
}
