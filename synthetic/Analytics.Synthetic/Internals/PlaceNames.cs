
namespace Analytics.Synthetic;

/// <summary>Invented place names (two Sino-Vietnamese syllables, as most commune names are), the names
/// of provincial agencies and public service units, and the folder slug of a name ("Xã Tân Phú" →
/// "xa-tan-phu").</summary>
internal static class PlaceNames
{
    private static readonly string[] First =
        ["Tân", "Phú", "Hòa", "Bình", "An", "Long", "Thạnh", "Phước", "Mỹ", "Vĩnh", "Đông", "Tây", "Nam",
         "Bắc", "Trung", "Hưng", "Thuận", "Quang", "Đức", "Thái", "Xuân", "Hiệp", "Lợi", "Thành", "Minh",
         "Hải", "Sơn", "Lâm", "Cẩm", "Kim", "Ngọc", "Gia", "Hồng", "Quảng", "Yên", "Định", "Khánh", "Lạc",
         "Nghĩa", "Phong", "Tiên", "Trường", "Văn", "Việt", "Hoài", "Diên", "Hương", "Cát", "Lương", "Châu"];

    private static readonly string[] Second =
        ["Phú", "Hòa", "Bình", "An", "Long", "Thạnh", "Lộc", "Mỹ", "Hưng", "Lợi", "Thành", "Điền", "Xuân",
         "Hiệp", "Phát", "Thuận", "Tiến", "Hải", "Sơn", "Lâm", "Trung", "Phong", "Đông", "Tây", "Nam",
         "Bắc", "Quý", "Khánh", "Thịnh", "Vinh", "Tường", "Hội", "Ninh", "Cường", "Dương", "Giang", "Hà",
         "Lạc", "Nghĩa", "Phước", "Quang", "Thọ", "Trạch", "Tân", "Yên", "Định", "Đức", "Hậu", "Châu", "Kiều"];

    private static readonly string[] ProvincialBodies =
        ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
         "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế",
         "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh",
         "Bệnh viện Đa khoa tỉnh", "Trường Chính trị tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
         "Báo tỉnh", "Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước tỉnh", "Trường Cao đẳng Y tế",
         "Trường Cao đẳng Kỹ thuật", "Bệnh viện Y dược cổ truyền", "Bệnh viện Nhi", "Trung tâm Kiểm soát bệnh tật"];

    private static readonly string[] UnitTemplates =
        ["Trường THPT {0}", "Trung tâm Y tế khu vực {0}", "Trường THCS {0}", "Bệnh viện Đa khoa khu vực {0}",
         "Chi cục Thuế khu vực {0}", "Ban Quản lý dự án {0}", "Trung tâm Giáo dục nghề nghiệp {0}",
         "Trường Tiểu học {0}", "Hạt Kiểm lâm {0}", "Trạm Khuyến nông {0}"];

    /// <summary>Every two-syllable name in a random order; each folds to a distinct slug.</summary>
    public static List<string> ShuffledPlaces(Random rng)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (string a in First)
        {
            foreach (string b in Second)
            {
                string name = $"{a} {b}";
                if (a != b && seen.Add(Slug(name)))
                {
                    names.Add(name);
                }
            }
        }

        string[] shuffled = [.. names];
        rng.Shuffle(shuffled);
        return [.. shuffled];
    }

    /// <summary>Agency names: the provincial bodies first, then public service units named after places.</summary>
    public static List<string> Agencies(int count, IReadOnlyList<string> places, Random rng)
    {
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string body in ProvincialBodies)
        {
            if (names.Count == count)
            {
                return names;
            }

            names.Add(body);
            seen.Add(Slug(body));
        }

        int next = 0;
        while (names.Count < count)
        {
            string name = string.Format(
                System.Globalization.CultureInfo.InvariantCulture, rng.Pick(UnitTemplates), places[next++ % places.Count]);
            if (seen.Add(Slug(name)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Lower case, no diacritics, words joined by '-':
    /// "Sở Văn hóa, Thể thao và Du lịch" → "so-van-hoa-the-thao-va-du-lich".</summary>
    public static string Slug(string name) => Unaccented.Words(name).Replace(' ', '-');
}
