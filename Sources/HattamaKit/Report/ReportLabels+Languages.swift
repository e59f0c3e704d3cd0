// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension ReportLabels {
  static let english = ReportLabels(
    language: .en, title: "Overview of sittings", confidential: "Confidential (000 ¶21)",
    sittings: "Sittings", unreadable: "Files that could not be read",
    drafts: "Drafts (no sitting yet, not counted)", cases: "Cases",
    confirmed: "Confirmed", correctedUp: "Corrected up", correctedDown: "Corrected down",
    undecided: "Undecided", incomparable: "Not comparable", meanUp: "Mean up",
    meanDown: "Mean down", body: "State body", unit: "Unit", evaluator: "Evaluator",
    noUnit: "(no unit)", findings: "Findings by code", code: "Code", violations: "Violations",
    warnings: "Warnings", deadlines: "Deadlines missed by period", period: "Evaluation period",
    missed: "Missed", noneFound: "None.", correctionsByEvaluator: "Corrections by evaluator",
    correctionsByUnit: "Corrections by unit",
    bandMatrix: "Grades before (rows) and after (columns)",
    before: "Before", after: "After", categoryWord: "category",
    deadlineNames: [
      .deadlineApplication: "application", .deadlineDecision: "decision",
      .deadlineSession: "sitting", .deadlinePosting: "posting", .deadlineNotice: "notice",
      .deadlineAppeal: "appeal", .deadlineFamiliarization: "familiarisation",
    ])

  static let russian = ReportLabels(
    language: .ru, title: "Обзор заседаний", confidential: "Конфиденциально (000 п. 21)",
    sittings: "Заседаний", unreadable: "Файлы, которые не удалось прочитать",
    drafts: "Проекты (заседания ещё не было, не учтены)", cases: "Дел",
    confirmed: "Подтверждено", correctedUp: "Повышено", correctedDown: "Понижено",
    undecided: "Не решено", incomparable: "Несопоставимо", meanUp: "В среднем выше",
    meanDown: "В среднем ниже", body: "Государственный орган", unit: "Подразделение",
    evaluator: "Оценивающий", noUnit: "(без подразделения)", findings: "Нарушения по кодам",
    code: "Код", violations: "Нарушения", warnings: "Предупреждения",
    deadlines: "Пропущенные сроки по периодам", period: "Оцениваемый период",
    missed: "Пропущено", noneFound: "Нет.", correctionsByEvaluator: "Корректировки по оценивающим",
    correctionsByUnit: "Корректировки по подразделениям",
    bandMatrix: "Оценки до (строки) и после (столбцы)", before: "До", after: "После",
    categoryWord: "категория",
    deadlineNames: [
      .deadlineApplication: "обращение", .deadlineDecision: "решение",
      .deadlineSession: "заседание", .deadlinePosting: "размещение", .deadlineNotice: "уведомление",
      .deadlineAppeal: "обжалование", .deadlineFamiliarization: "ознакомление",
    ])

  static let kazakh = ReportLabels(
    language: .kk, title: "Отырыстарға шолу", confidential: "Жасырын (000 21-т.)",
    sittings: "Отырыстар", unreadable: "Оқылмаған файлдар",
    drafts: "Жобалар (отырыс әлі өтпеген, есепке алынбады)", cases: "Істер",
    confirmed: "Расталды", correctedUp: "Жоғарылатылды", correctedDown: "Төмендетілді",
    undecided: "Шешілмеді", incomparable: "Салыстыруға келмейді", meanUp: "Орташа жоғары",
    meanDown: "Орташа төмен", body: "Мемлекеттік орган", unit: "Бөлімше",
    evaluator: "Бағалаушы", noUnit: "(бөлімшесіз)", findings: "Кодтар бойынша бұзушылықтар",
    code: "Код", violations: "Бұзушылықтар", warnings: "Ескертулер",
    deadlines: "Кезеңдер бойынша өткізілген мерзімдер", period: "Бағаланатын кезең",
    missed: "Өткізілді", noneFound: "Жоқ.",
    correctionsByEvaluator: "Бағалаушылар бойынша түзетулер",
    correctionsByUnit: "Бөлімшелер бойынша түзетулер",
    bandMatrix: "Бағалар: дейін (жолдар) және кейін (бағандар)", before: "Дейін", after: "Кейін",
    categoryWord: "санат",
    deadlineNames: [
      .deadlineApplication: "өтініш", .deadlineDecision: "шешім", .deadlineSession: "отырыс",
      .deadlinePosting: "орналастыру", .deadlineNotice: "хабарлама", .deadlineAppeal: "шағым",
      .deadlineFamiliarization: "таныстыру",
    ])
}
