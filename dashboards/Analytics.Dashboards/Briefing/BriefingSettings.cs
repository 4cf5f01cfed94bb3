namespace Analytics.Dashboards.Briefing;

/// <summary>How briefing.docx presents itself as a document of the Party (configuration section
/// "Briefing"; layout of Hướng dẫn 36-HD/VPTW, docs/architecture.md "Briefing document"): the issuing
/// body, number and symbol, place, signer and recipients, and where LibreOffice is for briefing.pdf.
/// Immutable; change with <c>with</c>. Empty texts take the documented fallbacks.</summary>
public sealed record BriefingSettings
{
    /// <summary>The configuration section the settings are bound from.</summary>
    public const string Section = "Briefing";

    /// <summary>The body directly above the issuer, printed in capitals at the top left (e.g. "TỈNH ỦY
    /// NGHĨA TÂN"). Empty: "TỈNH ỦY" and the name of the province's party committee in the warehouse.</summary>
    public string SuperiorBody { get; init; } = "";

    /// <summary>The issuing body, in bold capitals under <see cref="SuperiorBody"/>. Default "BAN TỔ CHỨC".</summary>
    public string IssuingBody { get; init; } = "BAN TỔ CHỨC";

    /// <summary>The issuer as the body of the text names it. Default "Ban Tổ chức Tỉnh ủy".</summary>
    public string IssuerName { get; init; } = "Ban Tổ chức Tỉnh ủy";

    /// <summary>The document's number; empty (the default) leaves the space the clerk fills in when
    /// the report is registered ("Số      -BC/BTCTU").</summary>
    public string Number { get; init; } = "";

    /// <summary>The symbol after the number: document kind "BC" (báo cáo) and the issuer's
    /// abbreviation. Default "BC/BTCTU".</summary>
    public string Symbol { get; init; } = "BC/BTCTU";

    /// <summary>Place name before the date: the administrative unit where the issuer sits (e.g. "Hạ
    /// Long"). Empty: the province's name from its party committee in the warehouse.</summary>
    public string Place { get; init; } = "";

    /// <summary>The signer's authority line ("T/M BAN TỔ CHỨC", "K/T TRƯỞNG BAN"); empty for none.
    /// Default "T/M BAN TỔ CHỨC".</summary>
    public string SignerAuthority { get; init; } = "T/M BAN TỔ CHỨC";

    /// <summary>The signer's title. Default "TRƯỞNG BAN".</summary>
    public string SignerTitle { get; init; } = "TRƯỞNG BAN";

    /// <summary>The signer's full name; empty (the default) leaves the line for it blank.</summary>
    public string SignerName { get; init; } = "";

    /// <summary>"Nơi nhận" lines without the leading dash. Empty: <see cref="DefaultRecipients"/>.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Body text size in points (13 or 14 per the guidance). Default 14.</summary>
    public double FontSize { get; init; } = 14;

    /// <summary>The LibreOffice executable that turns briefing.docx into briefing.pdf. Default
    /// "soffice" (found on PATH). Without it the pack is written without the PDF and says so.</summary>
    public string Soffice { get; init; } = "soffice";

    /// <summary>Seconds LibreOffice may take to convert before it is stopped. Default 180.</summary>
    public int ConversionTimeoutSeconds { get; init; } = 180;

    /// <summary>Recipients when none are configured.</summary>
    public static IReadOnlyList<string> DefaultRecipients { get; } =
        [
            "Ban Tổ chức Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các đảng bộ trực thuộc Tỉnh ủy",
            "Lưu Ban Tổ chức Tỉnh ủy",
        ];
}
