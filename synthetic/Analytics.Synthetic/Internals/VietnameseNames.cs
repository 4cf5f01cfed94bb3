namespace Analytics.Synthetic;

/// <summary>Invented but realistic Vietnamese personal names: family name (họ) from a list weighted
/// like the population (Nguyễn about 38%), middle name (tên đệm) and given name (tên) by gender.
/// No name belongs to a real person on purpose; collisions are as common as in life.</summary>
internal static class VietnameseNames
{
    private static readonly (string Name, double Weight)[] FamilyNames =
    [
        ("Nguyễn", 38.4), ("Trần", 12.1), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 4.1), ("Huỳnh", 2.0),
        ("Phan", 4.5), ("Vũ", 2.6), ("Võ", 1.3), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
        ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Lương", 0.4),
        ("Mai", 0.4), ("Đào", 0.4), ("Cao", 0.3), ("Tạ", 0.2), ("Hà", 0.4), ("Lâm", 0.3), ("Thái", 0.2),
        ("Châu", 0.2), ("Quách", 0.1), ("Âu", 0.1), ("Ông", 0.1), ("Kiều", 0.1), ("Triệu", 0.2),
        ("Lò", 0.1), ("Vi", 0.1), ("Nông", 0.1),
    ];

    private static readonly string[] MaleMiddle =
        ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Ngọc", "Xuân", "Trọng", "Hoàng",
         "Anh", "Đình", "Quang", "Tấn", "Thành", "Bá", "Duy", "Việt", "Gia", "Mạnh", "Tiến"];

    private static readonly string[] FemaleMiddle =
        ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Bích", "Mỹ", "Hồng", "Phương", "Hoài",
         "Diệu", "Minh", "Thùy", "Khánh", "Quỳnh", "Bảo", "Tuyết"];

    private static readonly string[] MaleGiven =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy",
         "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Linh", "Long", "Lộc", "Lợi", "Minh", "Nam", "Nghĩa",
         "Nhân", "Phát", "Phong", "Phúc", "Phước", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành",
         "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Ẩn", "Ân", "Ý", "Ánh",
         "Định", "Khải", "Lực", "Mạnh", "Nguyên", "Tín", "Thiện", "Thuận", "Triều", "Hậu"];

    private static readonly string[] FemaleGiven =
        ["Anh", "Ánh", "Bích", "Chi", "Châu", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
         "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân",
         "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thắm", "Thanh", "Thơ",
         "Thu", "Thủy", "Thúy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến", "Ý",
         "Ngà", "Nhàn", "Lụa", "Hậu", "Nguyệt", "Diệp", "Khuê", "Lài"];

    private static readonly double[] FamilyWeights = [.. FamilyNames.Select(f => f.Weight)];
    private static readonly double FamilyTotal = FamilyWeights.Sum();

    /// <summary>"Nguyễn Văn An", "Trần Thị Ánh"…</summary>
    public static string Full(Random rng, bool female)
    {
        string family = FamilyNames[rng.Weighted(FamilyWeights, FamilyTotal)].Name;
        string middle = rng.Pick(female ? FemaleMiddle : MaleMiddle);
        string given = rng.Pick(female ? FemaleGiven : MaleGiven);
        // About one name in eight has two middle names ("Nguyễn Thị Ngọc Ánh").
        if (rng.Next(8) == 0)
        {
            string second = rng.Pick(female ? FemaleMiddle : MaleMiddle);
            if (second != middle && second is not ("Thị" or "Văn"))
            {
                return $"{family} {middle} {second} {given}";
            }
        }

        return $"{family} {middle} {given}";
    }
}
