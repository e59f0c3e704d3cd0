// Records for the methodology target to audit, copied from Examples/ so that a fuzz run reads
// no files.

enum SampleRecords {
  /// Examples/calibration-violations.json: findings under kz-trade-2025.
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
          "id": "v1",
          "name": "Әбдірахманов Ержан Талғатұлы",
          "position": "Сыртқы сауда саясаты департаментінің басқарма басшысы"
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
        }
      ],
      "composition": {
        "chair": "m1",
        "members": ["m1", "v1", "h1", "s1"],
        "secretary": "s1",
        "approvedOn": "2025-10-17"
      },
      "cases": [
        {
          "id": "c1",
          "employee": "e1",
          "evaluators": ["v1"],
          "score": "2.80",
          "sanction": "none",
          "familiarizedOn": "2025-10-13",
          "appliedOn": "2025-10-15"
        }
      ],
      "sitting": {"date": "2025-10-22", "present": ["m1", "v1", "h1", "s1"]},
      "motions": [
        {
          "id": "mo1",
          "case": "c1",
          "kind": "correct",
          "score": "3.20",
          "proposedBy": "h1",
          "votes": {"m1": "for", "h1": "for"},
          "result": "adopted"
        }
      ],
      "outcomes": [
        {
          "case": "c1",
          "finalScore": "3.20",
          "recommendation": "Тоқсандағы қосымша тапсырмалардың орындалуы ескеріліп, баға түзетілсін."
        }
      ],
      "conclusion": "Қасымов Д.А. бағасы 2,80-нен 3,20-ға дейін түзетілді.",
      "protocol": {
        "signedOn": "2025-10-22",
        "signedBy": ["s1", "m1", "v1", "h1"],
        "approvedOn": "2025-10-23",
        "postedOn": "2025-10-24"
      }
    }
    """#

  /// Examples/commission-violations.json: findings under kz-nchr-2020.
  static let commission = #"""
    {
      "format": "hattama.record/1",
      "methodology": "kz-nchr-2020",
      "kind": "commission",
      "body": "Адам құқықтары жөніндегі ұлттық орталық",
      "period": "2022, 4-тоқсан",
      "authorizedOfficial": "o1",
      "people": [
        {"id": "o1", "name": "Төлеуова Гүлмира Асанқызы", "position": "Ұлттық орталық басшысы"},
        {
          "id": "m1",
          "name": "Серікбаев Ғалым Оралұлы",
          "position": "Ұлттық орталық басшысының орынбасары"
        },
        {
          "id": "m2",
          "name": "Әміржанова Ақмарал Ерғалиқызы",
          "position": "Адам құқықтарын қорғау бөлімінің басшысы"
        },
        {
          "id": "m3",
          "name": "Бейсенов Нұржан Талғатұлы",
          "position": "Талдау және мониторинг бөлімінің басшысы"
        },
        {
          "id": "m4",
          "name": "Ысқақова Меруерт Сапарқызы",
          "position": "Халықаралық ынтымақтастық бөлімінің басшысы"
        },
        {
          "id": "s1",
          "name": "Жанұзақова Индира Бекенқызы",
          "position": "Әкімшілік жұмыс бөлімінің бас маманы",
          "hr": true
        },
        {
          "id": "e1",
          "name": "Қожахметов Айбек Серікұлы",
          "position": "Адам құқықтарын қорғау бөлімінің бас маманы"
        },
        {
          "id": "v1",
          "name": "Тәжібаева Сәбина Әділқызы",
          "position": "Адам құқықтарын қорғау бөлімі басшысының орынбасары"
        }
      ],
      "composition": {
        "chair": "m1",
        "members": ["m1", "m2", "m3", "m4"],
        "secretary": "s1",
        "approvedOn": "2023-01-23"
      },
      "cases": [
        {
          "id": "c1",
          "employee": "e1",
          "evaluators": ["v1"],
          "score": "3.50",
          "sanction": "none",
          "familiarizedOn": "2023-02-16"
        }
      ],
      "sitting": {"date": "2023-02-15", "noticeOn": "2023-02-06", "present": ["m1", "m2"]},
      "motions": [
        {
          "id": "mo1",
          "case": "c1",
          "kind": "confirm",
          "proposedBy": "m2",
          "votes": {"m1": "against", "m2": "for", "s1": "for"},
          "result": "adopted"
        }
      ],
      "conclusion": "Қожахметов А.С. бағасы бекітілді.",
      "protocol": {
        "signedOn": "2023-02-15",
        "signedBy": ["s1", "m1", "m2"],
        "approvedOn": "2023-02-16",
        "postedOn": "2023-02-17"
      }
    }
    """#
}
