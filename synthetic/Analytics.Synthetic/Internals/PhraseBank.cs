namespace Analytics.Synthetic;

/// <summary>The words of a review: shortcomings members, civil servants, organisations and leaders
/// write about themselves (hạn chế, khuyết điểm), and the comments of the cell where a member lives
/// (Regulation 213-QĐ/TW). Many distinct phrases, combined one or two at a time, so healthy units read
/// varied; formalistic ones reuse one line or write nothing ("Không có").</summary>
internal static class PhraseBank
{
    public const string Nothing = "Không có";

    public static readonly string[] Member =
    [
        "Chưa mạnh dạn đấu tranh tự phê bình và phê bình", "Còn hạn chế trong nghiên cứu, học tập nghị quyết",
        "Đôi lúc chưa chủ động trong công việc", "Tham gia sinh hoạt chi bộ có lúc chưa đầy đủ",
        "Việc phát biểu ý kiến trong sinh hoạt chi bộ còn ít", "Chưa thường xuyên cập nhật văn bản mới",
        "Ứng dụng công nghệ thông tin còn hạn chế", "Ý thức tự học tập, tu dưỡng chưa thường xuyên",
        "Còn ngại va chạm, nể nang trong phê bình", "Thực hiện nhiệm vụ được giao có việc còn chậm",
        "Tuyên truyền, vận động quần chúng ở khu dân cư còn ít", "Chưa gương mẫu trong thực hiện nếp sống văn minh",
        "Đóng đảng phí có tháng còn chậm", "Giữ mối liên hệ với chi ủy nơi cư trú chưa thường xuyên",
        "Kỹ năng tham mưu, đề xuất còn hạn chế", "Chưa chủ động nắm bắt tình hình tư tưởng của quần chúng",
        "Tinh thần trách nhiệm có lúc chưa cao", "Sắp xếp thời gian cho công tác đoàn thể chưa hợp lý",
        "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh chưa thường xuyên",
        "Tham gia các phong trào thi đua ở địa phương còn hạn chế", "Chưa hoàn thành chỉ tiêu phát triển kinh tế hộ gia đình",
        "Năng lực chuyên môn chưa đáp ứng yêu cầu nhiệm vụ mới", "Còn lúng túng khi giải quyết tình huống phát sinh",
        "Chưa tích cực tham gia ý kiến xây dựng nghị quyết chi bộ", "Ngại học tập nâng cao trình độ lý luận chính trị",
        "Việc thực hiện chế độ báo cáo có lúc chưa kịp thời", "Phối hợp với đồng nghiệp trong công việc chung chưa chặt chẽ",
        "Ít tham gia các buổi sinh hoạt chuyên đề", "Quan hệ với nhân dân nơi cư trú chưa gần gũi",
        "Tác phong làm việc có lúc còn chậm", "Chưa vận động được gia đình tham gia hiến đất làm đường",
        "Tự phê bình còn chung chung, chưa chỉ rõ nguyên nhân", "Chưa đọc đầy đủ tài liệu sinh hoạt chi bộ",
        "Theo dõi, đôn đốc quần chúng cảm tình Đảng chưa sát", "Có lúc chưa kiên quyết trong xử lý công việc",
        "Chấp hành giờ giấc sinh hoạt chưa nghiêm", "Còn để gia đình vi phạm quy định về trật tự đô thị",
        "Việc tham gia bảo vệ môi trường khu dân cư chưa tích cực", "Công tác kiểm tra, giám sát được phân công chưa thường xuyên",
        "Chưa thực hiện tốt việc nêu gương ở gia đình", "Ít tham gia công tác khuyến học tại địa phương",
        "Chưa phát huy vai trò đảng viên trong tổ tự quản", "Nắm bắt chủ trương mới còn chậm",
        "Ý kiến đóng góp cho cấp ủy chưa nhiều", "Tham gia hòa giải ở cơ sở còn thụ động",
        "Việc rèn luyện sức khỏe, tham gia văn nghệ, thể thao chưa đều", "Kết quả thực hiện cam kết tu dưỡng, rèn luyện chưa cao",
        "Còn chủ quan trong một số việc", "Chưa thật sự cầu thị khi tiếp thu góp ý",
        "Đôi khi còn nóng vội trong xử lý công việc", "Thời gian dành cho nghiên cứu tài liệu còn ít",
        "Ứng xử trên mạng xã hội có lúc chưa chuẩn mực", "Chưa tham gia đầy đủ các cuộc họp tổ dân phố",
        "Việc đăng ký làm theo gương Bác chưa cụ thể", "Chưa tích cực trong công tác phòng, chống dịch bệnh ở địa phương",
        "Tuyên truyền chính sách pháp luật cho người thân chưa thường xuyên", "Còn thiếu kiên trì khi vận động quần chúng",
        "Kinh nghiệm trong công tác dân vận còn ít", "Chưa thường xuyên trao đổi với bí thư chi bộ",
    ];

    public static readonly string[] CivilServant =
    [
        "Giải quyết hồ sơ có lúc còn trễ hạn", "Tham mưu có lúc chưa kịp thời", "Chưa chủ động nghiên cứu văn bản mới",
        "Ứng dụng chuyển đổi số trong công việc còn hạn chế", "Kỹ năng soạn thảo văn bản chưa thành thạo",
        "Tiếp công dân có lúc chưa niềm nở", "Phối hợp giữa các bộ phận chưa nhịp nhàng",
        "Chưa hoàn thành đúng hạn một số nhiệm vụ được giao", "Cập nhật dữ liệu lên hệ thống chưa thường xuyên",
        "Khả năng ngoại ngữ còn hạn chế", "Chất lượng báo cáo định kỳ chưa cao", "Lưu trữ hồ sơ chưa khoa học",
        "Còn để xảy ra sai sót nhỏ trong thẩm định hồ sơ", "Thực hiện dịch vụ công trực tuyến chưa thành thạo",
        "Chưa chủ động đề xuất giải pháp cải cách thủ tục hành chính", "Tham dự tập huấn chuyên môn chưa đầy đủ",
        "Quản lý thời gian làm việc chưa hợp lý", "Còn lúng túng khi áp dụng quy định mới", "Kỹ năng giao tiếp chưa tốt",
        "Chưa thường xuyên tự học nâng cao trình độ", "Theo dõi tiến độ công việc chưa sát", "Ý thức tiết kiệm văn phòng phẩm chưa cao",
    ];

    public static readonly string[] Organisation =
    [
        "Đổi mới nội dung, phương thức sinh hoạt chi bộ còn chậm", "Công tác phát triển đảng viên chưa đạt chỉ tiêu",
        "Việc nắm tình hình tư tưởng đảng viên, quần chúng có lúc chưa kịp thời", "Một số chỉ tiêu chưa đạt kế hoạch",
        "Chất lượng sinh hoạt chuyên đề chưa cao", "Công tác kiểm tra, giám sát chưa thường xuyên",
        "Vai trò tiền phong, gương mẫu của một số đảng viên chưa rõ", "Thu ngân sách trên địa bàn chưa đạt kế hoạch",
        "Giải ngân vốn đầu tư công còn chậm", "Công tác tuyên truyền chưa đa dạng", "Xây dựng nông thôn mới nâng cao còn chậm",
        "Quản lý đất đai, trật tự xây dựng còn sơ hở", "Cải cách hành chính chưa đáp ứng yêu cầu", "Chuyển đổi số còn lúng túng",
        "Phối hợp giữa các đoàn thể chưa chặt chẽ", "Tập hợp đoàn viên, hội viên còn khó khăn",
        "Giải quyết đơn thư có vụ việc còn kéo dài", "Phong trào thi đua chưa thật sự sâu rộng",
    ];

    public static readonly string[] Leadership =
    [
        "Lãnh đạo, chỉ đạo một số nhiệm vụ chưa quyết liệt", "Dự báo tình hình có lúc chưa sát",
        "Kiểm tra việc thực hiện nghị quyết chưa thường xuyên", "Phân công nhiệm vụ có lúc chưa hợp lý",
        "Đối thoại với nhân dân chưa thường xuyên", "Sơ kết, tổng kết một số chuyên đề còn chậm",
        "Công tác cán bộ còn hạn chế", "Xử lý một số việc tồn đọng chưa dứt điểm", "Tháo gỡ khó khăn cho doanh nghiệp chưa kịp thời",
        "Thực hiện quy chế dân chủ ở cơ sở có mặt chưa tốt",
    ];

    public static readonly string[] ResidencePositive =
    [
        "Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định nơi cư trú",
        "Gia đình văn hóa, đoàn kết với hàng xóm", "Tích cực tham gia các hoạt động ở khu dân cư",
        "Đóng góp đầy đủ các khoản vận động ở khu dân cư", "Giữ mối liên hệ tốt với chi ủy, chi bộ nơi cư trú",
        "Tham gia sinh hoạt khu dân cư đầy đủ", "Nhiệt tình tham gia hòa giải mâu thuẫn trong thôn",
        "Vận động gia đình thực hiện tốt nếp sống văn minh", "Tham gia tốt phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "Gương mẫu trong việc giữ gìn vệ sinh môi trường", "Được nhân dân tín nhiệm", "Tích cực ủng hộ quỹ khuyến học",
    ];

    public static readonly string[] ResidenceNegative =
    [
        "Gia đình còn vi phạm quy định về vệ sinh môi trường, lấn chiếm hành lang đường",
        "Ít tham gia sinh hoạt khu dân cư", "Chưa đóng góp các khoản vận động ở khu dân cư",
        "Có biểu hiện uống rượu bia gây mất trật tự", "Để xảy ra tranh chấp đất đai với hàng xóm",
        "Chưa gương mẫu trong việc tổ chức đám cưới, đám tang", "Chưa giữ mối liên hệ với chi bộ nơi cư trú",
        "Có ý kiến phản ánh về việc xây dựng trái phép", "Người thân trong gia đình vi phạm pháp luật nhưng chưa được nhắc nhở",
        "Thái độ chưa đúng mực khi góp ý của nhân dân",
    ];

    public static readonly string[] ResidenceNone = ["", "Không có ý kiến", "Không ý kiến"];

    /// <summary>One phrase, or two joined ("Phrase one; phrase two"), never the same one twice.</summary>
    public static string Combine(Random rng, string[] bank)
    {
        string first = rng.Pick(bank);
        if (rng.Next(3) != 0)
        {
            return first;
        }

        string second = rng.Pick(bank);
        return second == first ? first : $"{first}; {char.ToLowerInvariant(second[0])}{second[1..]}";
    }
}
