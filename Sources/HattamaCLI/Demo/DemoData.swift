/// The sittings `hattama demo` records: the valid examples of `Examples/`, built in so that the
/// demo needs no file. A test keeps them identical to the files.
enum DemoData {
  /// `Examples/calibration-valid.json`.
  static let calibration = #"""
{
  "format": "hattama.record/1",
  "methodology": "kz-trade-2025",
  "kind": "calibration",
  "body": "Қазақстан Республикасы Сауда және интеграция министрлігі",
  "period": "2025, 3-тоқсан",
  "authorizedOfficial": "o1",
  "people": [
    {"id": "o1", "name": "Омаров Ерлан Сәкенұлы", "position": "Аппарат басшысы"},
    {
      "id": "m1",
      "name": "Жақсылықов Нұрлан Болатұлы",
      "position": "Стратегиялық жоспарлау департаментінің директоры"
    },
    {
      "id": "m2",
      "name": "Сейітова Динара Ерланқызы",
      "position": "Экспорттық бақылау басқармасының басшысы"
    },
    {
      "id": "m3",
      "name": "Тұрсынбаев Арман Қайратұлы",
      "position": "Халықаралық экономикалық ынтымақтастық департаменті директорының орынбасары"
    },
    {
      "id": "m4",
      "name": "Ахметова Гүлнар Серікқызы",
      "position": "Заң департаментінің басқарма басшысы"
    },
    {
      "id": "h1",
      "name": "Нұрланова Айгүл Маратқызы",
      "position": "Персоналды басқару қызметінің бас сарапшысы",
      "hr": true
    },
    {
      "id": "s1",
      "name": "Бекова Әсел Ғалымқызы",
      "position": "Персоналды басқару қызметінің жетекші сарапшысы",
      "hr": true
    },
    {
      "id": "e1",
      "name": "Қасымов Дәурен Асқарұлы",
      "position": "Сыртқы сауда саясаты департаментінің бас сарапшысы"
    },
    {
      "id": "v1",
      "name": "Әбдірахманов Ержан Талғатұлы",
      "position": "Сыртқы сауда саясаты департаментінің басқарма басшысы"
    },
    {
      "id": "e2",
      "name": "Мұратова Жанар Бақытқызы",
      "position": "Ішкі сауда департаментінің сарапшысы"
    },
    {
      "id": "v2",
      "name": "Ибраева Сәуле Маратқызы",
      "position": "Ішкі сауда департаментінің басқарма басшысы"
    }
  ],
  "composition": {
    "chair": "m1",
    "members": ["m1", "m2", "m3", "m4", "h1"],
    "secretary": "s1",
    "approvedOn": "2025-10-17"
  },
  "cases": [
    {
      "id": "c1",
      "employee": "e1",
      "evaluators": ["v1"],
      "score": "3.40",
      "sanction": "none",
      "familiarizedOn": "2025-10-13",
      "appliedOn": "2025-10-15"
    },
    {
      "id": "c2",
      "employee": "e2",
      "evaluators": ["v2"],
      "score": "2.90",
      "sanction": "reprimand",
      "familiarizedOn": "2025-10-14",
      "appliedOn": "2025-10-16"
    }
  ],
  "sitting": {
    "date": "2025-10-22",
    "noticeOn": "2025-10-17",
    "present": ["m1", "m2", "m3", "m4", "h1"]
  },
  "motions": [
    {
      "id": "mo1",
      "case": "c1",
      "kind": "correct",
      "score": "3.80",
      "proposedBy": "m2",
      "votes": {"m1": "for", "m2": "for", "m3": "for", "m4": "against", "h1": "abstain"},
      "result": "adopted"
    },
    {
      "id": "mo2",
      "case": "c2",
      "kind": "confirm",
      "proposedBy": "m4",
      "votes": {"m1": "for", "m2": "for", "m3": "for", "m4": "for", "h1": "against"},
      "result": "adopted"
    }
  ],
  "outcomes": [
    {
      "case": "c1",
      "finalScore": "3.80",
      "recommendation": "Экспорттық келісімшарттарды сүйемелдеу бойынша жұмыс көлемі ескерілсін; бағалаушы кері байланыс берсін."
    },
    {
      "case": "c2",
      "finalScore": "2.90",
      "recommendation": "Сөгіс алынған тоқсанда баға 2,99-дан аспайды; баға өзгеріссіз қалдырылсын."
    }
  ],
  "conclusion": "Қасымов Д.А. бағасы 3,40-тан 3,80-ге дейін түзетілді (бес мүшенің үш дауысымен); Мұратова Ж.Б. бағасы өзгеріссіз қалдырылды.",
  "protocol": {
    "signedOn": "2025-10-22",
    "signedBy": ["s1", "m1", "m2", "m3", "m4", "h1"],
    "postedOn": "2025-10-24"
  }
}
"""#

  /// `Examples/commission-valid.json`.
  static let commission = #"""
{
  "format": "hattama.record/1",
  "methodology": "kz-justice-2023",
  "kind": "commission",
  "body": "Қазақстан Республикасы Әділет министрлігінің Алматы қаласы Әділет департаменті",
  "period": "2022, 4-тоқсан",
  "authorizedOfficial": "o1",
  "people": [
    {"id": "o1", "name": "Сәрсенбаев Бауыржан Қанатұлы", "position": "Департамент басшысы"},
    {
      "id": "m1",
      "name": "Омарова Ләззат Жұмабекқызы",
      "position": "Департамент басшысының орынбасары"
    },
    {
      "id": "m2",
      "name": "Досмұхамедов Талғат Ерболұлы",
      "position": "Тіркеу қызметі басқармасының басшысы"
    },
    {
      "id": "m3",
      "name": "Кенжебаева Салтанат Әбенқызы",
      "position": "Заң қызметін ұйымдастыру басқармасының басшысы"
    },
    {
      "id": "m4",
      "name": "Жұмағалиев Асқар Нұрланұлы",
      "position": "Ұйымдастыру-бақылау жұмысы бөлімінің басшысы"
    },
    {
      "id": "m5",
      "name": "Рахымжанова Гүлжан Серікқызы",
      "position": "Құқықтық насихат бөлімінің басшысы"
    },
    {
      "id": "m6",
      "name": "Байжанов Ерік Маратұлы",
      "position": "Атқарушылық іс жүргізу бөлімінің басшысы"
    },
    {
      "id": "m7",
      "name": "Сүлейменова Айжан Бекболатқызы",
      "position": "Қаржы-шаруашылық бөлімінің басшысы"
    },
    {
      "id": "s1",
      "name": "Тоқтарова Мөлдір Асылбекқызы",
      "position": "Персоналмен жұмыс бөлімінің бас маманы",
      "hr": true
    },
    {
      "id": "e1",
      "name": "Исаева Динара Қайратқызы",
      "position": "Тіркеу қызметі басқармасының бас маманы"
    },
    {
      "id": "v1",
      "name": "Әлімжанов Руслан Бекұлы",
      "position": "Тіркеу қызметі басқармасы басшысының орынбасары"
    },
    {
      "id": "e2",
      "name": "Нұрпейісова Әйгерім Болатқызы",
      "position": "Заң қызметін ұйымдастыру басқармасының бас маманы"
    },
    {
      "id": "e3",
      "name": "Мұқанов Бекзат Ерланұлы",
      "position": "Құқықтық насихат бөлімінің жетекші маманы"
    },
    {
      "id": "v3",
      "name": "Қалиева Жанна Төлегенқызы",
      "position": "Құқықтық насихат бөлімінің бас маманы"
    }
  ],
  "composition": {
    "chair": "m1",
    "members": ["m1", "m2", "m3", "m4", "m5", "m6", "m7"],
    "secretary": "s1",
    "approvedOn": "2023-09-04"
  },
  "cases": [
    {
      "id": "c1",
      "employee": "e1",
      "evaluators": ["v1"],
      "score": "4.25",
      "sanction": "none",
      "familiarizedOn": "2023-09-15"
    },
    {
      "id": "c2",
      "employee": "e2",
      "evaluators": ["m3"],
      "score": "3.60",
      "sanction": "none",
      "familiarizedOn": "2023-09-15"
    },
    {
      "id": "c3",
      "employee": "e3",
      "evaluators": ["v3"],
      "score": "3.15",
      "sanction": "none",
      "familiarizedOn": "2023-09-18"
    }
  ],
  "sitting": {
    "date": "2023-09-14",
    "noticeOn": "2023-09-11",
    "present": ["m1", "m2", "m3", "m4", "m5"]
  },
  "motions": [
    {
      "id": "mo1",
      "case": "c1",
      "kind": "confirm",
      "proposedBy": "m2",
      "votes": {"m1": "for", "m2": "for", "m3": "for", "m4": "for", "m5": "for"},
      "result": "adopted"
    },
    {
      "id": "mo2",
      "case": "c2",
      "kind": "correct",
      "score": "4.10",
      "proposedBy": "m1",
      "votes": {"m1": "for", "m2": "for", "m4": "against", "m5": "against"},
      "result": "adopted"
    },
    {
      "id": "mo3",
      "case": "c3",
      "kind": "confirm",
      "proposedBy": "m5",
      "votes": {"m1": "for", "m2": "for", "m3": "for", "m4": "abstain", "m5": "for"},
      "result": "adopted"
    }
  ],
  "outcomes": [
    {
      "case": "c1",
      "finalScore": "4.25",
      "recommendation": "Бағалау нәтижесі бекітілсін.",
      "familiarizedOn": "2023-09-15"
    },
    {
      "case": "c2",
      "finalScore": "4.10",
      "recommendation": "Әлеуметтік демалыстан кейінгі тоқсандағы нысаналы көрсеткіштер толық орындалғаны ескеріліп, баға түзетілсін.",
      "familiarizedOn": "2023-09-15"
    },
    {
      "case": "c3",
      "finalScore": "3.15",
      "recommendation": "Бағалау нәтижесі бекітілсін; біліктілікті арттыру курсы ұсынылсын.",
      "familiarizedOn": "2023-09-18"
    }
  ],
  "conclusion": "Комиссия Исаева Д.Қ. мен Мұқанов Б.Е. бағаларын бекітті, Нұрпейісова Ә.Б. бағасын 3,60-тан 4,10-ға дейін түзетті.",
  "protocol": {
    "signedOn": "2023-09-14",
    "signedBy": ["s1", "m1", "m2", "m3", "m4", "m5"],
    "approvedOn": "2023-09-15",
    "postedOn": "2023-09-18"
  },
  "appeal": {"filedOn": "2023-09-26"}
}
"""#
}
