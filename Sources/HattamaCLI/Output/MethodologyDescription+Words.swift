import HattamaKit

extension MethodologyDescription {
  /// The words of `methodology show`'s table.
  enum Words {
    static let header = [
      Phrase(kk: "ЕРЕЖЕ", ru: "ПРАВИЛО", en: "RULE"),
      Phrase(kk: "МӘНІ", ru: "ЗНАЧЕНИЕ", en: "VALUE"),
      Phrase(kk: "ТАРМАҚ", ru: "ПУНКТ", en: "CLAUSE"), Phrase(kk: "КҮШІ", ru: "СИЛА", en: "FORCE"),
    ]
    static let validFrom = Phrase(kk: "қолданысқа енуі", ru: "действует с", en: "in force from")
    static let validThrough = Phrase(
      kk: "қолданылуының соңы", ru: "действует по", en: "in force through")
    static let competency = Phrase(
      kk: "құзыреттілік шегі", ru: "порог компетенции", en: "competency meets at")
    static let notesHeading = Phrase(
      kk: "Мәтін үндемейтін немесе екіұшты жерлер:", ru: "Где текст молчит или неоднозначен:",
      en: "Where the text is silent or ambiguous:")

    static func yesNo(_ value: Bool) -> Phrase {
      value ? Phrase(kk: "иә", ru: "да", en: "yes") : Phrase(kk: "жоқ", ru: "нет", en: "no")
    }

    static func atMost(_ score: Score) -> Phrase {
      Phrase(kk: "ең көбі \(score)", ru: "не более \(score)", en: "at most \(score)")
    }

    static func observed(_ share: Fraction) -> Phrase {
      Phrase(
        kk: "индикаторларының \(share) байқалды", ru: "проявлены \(share) её индикаторов",
        en: "\(share) of its indicators observed")
    }

    static func period(_ period: Period) -> Phrase {
      let (days, from) = (period.workingDays, period.from.title)
      return Phrase(
        kk: "\(days) жұмыс күні ішінде (басталуы: \(from.kk))",
        ru: "в течение \(days) раб. дн. (отсчёт: \(from.ru))",
        en: "within \(days) working days of \(period.from.rawValue)")
    }

    static func notice(_ notice: NoticePeriod) -> Phrase {
      let (days, reading) = (notice.workingDays, notice.reading.name)
      return Phrase(
        kk: "отырысқа дейін \(days) жұмыс күні (\(reading.kk))",
        ru: "\(days) раб. дн. до заседания (\(reading.ru))",
        en: "\(days) working days before the sitting (\(reading.en))")
    }

    static func form(_ form: ProtocolForm) -> Phrase {
      let order = form.signatureOrder.name
      return form.approval
        ? Phrase(
          kk: "қол қою реті: \(order.kk); бекітіледі (БЕКІТЕМІН)",
          ru: "порядок подписей: \(order.ru); утверждается (БЕКІТЕМІН)",
          en: "signed \(order.en); approved (БЕКІТЕМІН)")
        : Phrase(
          kk: "қол қою реті: \(order.kk); бекіту белгісі жоқ",
          ru: "порядок подписей: \(order.ru); без грифа утверждения",
          en: "signed \(order.en); no approval block")
    }

    /// "text", "analogy", "reading (also: votes-cast, composition)".
    static func force(_ source: RuleSource) -> Phrase {
      switch source {
      case .text: Phrase(kk: "мәтін", ru: "текст", en: "text")
      case .analogy: Phrase(kk: "ұқсастық", ru: "аналогия", en: "analogy")
      case .reading(let others):
        Phrase(kk: "оқылым (басқалары: ", ru: "прочтение (также: ", en: "reading (also: ")
          + others.map(\.phrase).joined(separator: ", ") + Phrase(verbatim: ")")
      }
    }

    static let forceLegend = Phrase(
      kk: "КҮШІ: мәтін — бұзу бұзушылық болып табылады; ұқсастық — басқа ережеден алынған, бұзу "
        + "— ескерту; оқылым — екіұшты мәтіннің бір оқылымы, барлық оқылым бұзылмаса — ескерту.",
      ru: "СИЛА: текст — нарушение есть нарушение; аналогия — заимствовано, нарушение — "
        + "предупреждение; прочтение — одно прочтение неоднозначного текста, предупреждение, если "
        + "нарушены не все прочтения.",
      en: "FORCE: text — a breach is a violation; analogy — borrowed, a breach is a warning; "
        + "reading — one reading of an ambiguous text, a warning unless every reading is broken.")
  }
}
