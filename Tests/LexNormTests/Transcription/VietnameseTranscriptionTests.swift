import Testing

@testable import LexNorm

@Suite("Vietnamese transcription")
struct VietnameseTranscriptionTests {
  /// Expected forms from the rule table in ../shared/research/vi-ru-transcription.md; the
  /// comment of each group names the rows (section) it checks.
  static let russian: [(String, String)] = [
    // Brief and §1.4: personal names, syllable by syllable, tones dropped, capitalised.
    ("Lương Cường", "Лыонг Кыонг"), ("Trương Thị Mai", "Чыонг Тхи Май"),
    ("Nguyễn Phú Trọng", "Нгуен Фу Чонг"), ("Trần Văn Rón", "Чан Ван Жон"), ("Tô Lâm", "То Лам"),
    ("Lê Hoài Trung", "Ле Хоай Чунг"), ("Trần Cẩm Tú", "Чан Кам Ту"),
    ("Võ Văn Thưởng", "Во Ван Тхыонг"), ("Phạm Minh Chính", "Фам Минь Тинь"),
    ("Phạm Gia Túc", "Фам Зя Тук"),
    // §1.1 b, c/k, qu, q.
    ("Bắc", "Бак"), ("Cạn", "Кан"), ("Kim", "Ким"), ("Quảng", "Куанг"), ("Quốc", "Куок"),
    ("Quang", "Куанг"), ("Quyết", "Кует"), ("Quỳnh", "Куинь"), ("Quân", "Куан"),
    // §1.1 ch initial: т + soft vowel, ть before ư; §1.3 final ch: ть.
    ("Châu", "Тяу"), ("Chơ", "Тё"), ("Chi", "Ти"), ("Chư", "Тьы"), ("Chương", "Тьыонг"),
    ("Chiến", "Тьен"), ("Chu", "Тю"), ("Rạch", "Жать"), ("Thạch", "Тхать"),
    // §1.1 d, đ, gi (з + soft vowel), g/gh, h, kh.
    ("Dương", "Зыонг"), ("Dũng", "Зунг"), ("Đức", "Дык"), ("Đình", "Динь"), ("Đặng", "Данг"),
    ("Gia", "Зя"), ("Giáp", "Зяп"), ("Giang", "Зянг"), ("Giá", "Зя"), ("Gìn", "Зин"),
    ("Giêng", "Зенг"), ("Giao", "Зяо"), ("Hồ", "Хо"), ("Hà", "Ха"), ("Khánh", "Кхань"),
    ("Ghi", "Ги"),
    // §1.1 ng/ngh, nh (н + soft vowel; final нь), ph, r, s, t, th, tr, v, x.
    ("Nghệ", "Нге"), ("Ngọc", "Нгок"), ("Nhung", "Нюнг"), ("Nhật", "Нят"), ("Nho", "Нё"),
    ("Nhi", "Ни"), ("Phúc", "Фук"), ("Sơn", "Шон"), ("Sinh", "Шинь"), ("Tân", "Тан"),
    ("Thanh", "Тхань"), ("Trịnh", "Чинь"), ("Trà", "Ча"), ("Vương", "Выонг"), ("Vịnh", "Винь"),
    ("Xuân", "Суан"),
    // §1.2 vowels and groups: ê/e → э initially and after vowels; iê/yê → ье, йе; ia → ья;
    // uyê → уе; uy → уи; uê → уэ, after h юэ; oa, oe, ai, ây (тэй), ao, âu, oi, ui, ưu.
    ("En", "Эн"), ("Yên", "Йен"), ("Điện Biên Phủ", "Дьен Бьен Фу"), ("Tiến", "Тьен"),
    ("Nghĩa", "Нгья"), ("Nguyên", "Нгуен"), ("Tuyết", "Тует"), ("Huy", "Хуи"), ("Thúy", "Тхуи"),
    ("Huế", "Хюэ"), ("Khuê", "Кхуэ"), ("Hòa", "Хоа"), ("Hoàng", "Хоанг"), ("Khoe", "Кхоэ"),
    ("Hải", "Хай"), ("Tây", "Тэй"), ("Mây", "Май"), ("Đào", "Дао"), ("Hậu", "Хау"),
    ("Hợi", "Хой"), ("Bùi", "Буй"), ("Lưu", "Лыу"), ("Buôn", "Буон"), ("Thuột", "Тхуот"),
    ("Ý", "И"), ("Lý", "Ли"), ("Mỹ", "Ми"), ("Nhiều", "Ньеу"), ("Người", "Нгыой"),
    // §1.3 finals c, ng, nh, t, p, m, n.
    ("Hùng", "Хунг"), ("Minh", "Минь"), ("Tất", "Тат"), ("Thiếp", "Тхьеп"), ("Cẩm", "Кам"),
    // Case follows the input; NFD input; non-Vietnamese text passes through.
    ("TRẦN VĂN RÓN", "ЧАН ВАН ЖОН"), ("trần văn rón", "чан ван жон"),
    ("Lu\u{031B}o\u{031B}ng Cu\u{031B}o\u{031B}\u{0300}ng", "Лыонг Кыонг"),
    ("Tô Lâm, 2024 (Politburo)", "То Лам, 2024 (Politburo)"), ("", ""), ("42", "42"),
    ("Hồ Chí Minh-Stadt", "Хо Ти Минь-Stadt"),
  ]

  @Test(arguments: russian)
  func transcribesIntoRussian(vietnamese: String, expected: String) {
    #expect(VietnameseTranscription.russian(vietnamese) == expected)
  }

  @Test func tableIsLargeEnough() {
    #expect(Self.russian.count >= 60)
  }

  @Test(arguments: [
    ("Лыонг Кыонг", "Luong Cuong"), ("Чан Ван Жон", "Tran Van Ron"),
    ("Тран Ван Рон", "Tran Van Ron"),
    ("Нгуен Фу Чонг", "Nguyen Phu Trong"), ("Нгуена Фу Чонга", "Nguyen Phu Trong"),
    ("Чыонг Тхи Май", "Truong Thi Mai"), ("Ле Хоай Чунг", "Le Hoai Trung"),
    ("Лыонгу Кыонгу", "Luong Cuong"), ("Lyong Kyong", "Luong Cuong"),
    ("Le Khoay Chung", "Le Hoai Trung"),
    ("Фам Зя Тук", "Pham Gia Tuc"), ("Куок Куанг", "Quoc Quang"), ("Нгья", "Nghia"),
    ("Йен", "Yen"), ("Хюэ", "Hue"), ("ЧАН", "TRAN"), ("Генсек То Лам", "Генсек To Lam"),
    ("Tô Lâm", "Tô Lâm"), ("Тô Лам", "To Lam"),
  ])
  func bestVietnameseReading(russian: String, expected: String) {
    #expect(VietnameseTranscription.vietnameseReadings(ofRussian: russian).first == expected)
  }

  @Test func readingsAreRankedAlternatives() {
    let readings = VietnameseTranscription.vietnameseReadings(ofRussian: "Чан Май")
    #expect(readings.prefix(3) == ["Tran Mai", "Chan Mai", "Tran May"])
    #expect(VietnameseTranscription.vietnameseReadings(ofRussian: "Чан Май", limit: 1).count == 1)
  }

  @Test func concurrentUseGivesTheSameResults() async {
    let inputs = ["Lương Cường", "Trương Thị Mai", "Nguyễn Phú Trọng", "Trần Văn Rón"]
    let expected = inputs.map(VietnameseTranscription.russian)
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for task in 0..<32 {
        group.addTask {
          var bad = 0
          for round in 0..<50 {
            let index = (task + round) % inputs.count
            if VietnameseTranscription.russian(inputs[index]) != expected[index] { bad += 1 }
          }
          return bad
        }
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}
