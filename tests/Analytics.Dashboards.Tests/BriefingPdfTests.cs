using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Analytics.Dashboards.Briefing;
using Analytics.Dashboards.Tests.Helpers;

namespace Analytics.Dashboards.Tests;

/// <summary>briefing.pdf: LibreOffice headless renders briefing.docx (and its pseudonymised twin) when
/// it is installed; the rendering opens, runs to several pages and holds the report's headings and the
/// warehouse's figures. Without LibreOffice, or when it fails or hangs, the pack is written without
/// the PDF and says why.</summary>
public sealed partial class BriefingPdfTests(ScoredProvince province) : IClassFixture<ScoredProvince>
{
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [Fact]
    [Trait(Category.Name, Category.Integration)]
    public void LibreOffice_renders_the_document_to_a_pdf_of_several_pages_with_its_headings_and_figures()
    {
        using var temp = new TempFolder();
        var options = new BriefingOptions { AsOf = DateTime.Now.AddMinutes(1), WritePdf = true };
        var result = BriefingPack.Write(province.Store, "2024-Q4", temp.Path, options);
        Assert.Null(result.PdfNote);
        var pdf = Path.Combine(temp.Path, BriefingPack.PdfFile);
        Assert.Equal(pdf, result.Files[^1]);
        Assert.True(File.Exists(Path.Combine(result.Pseudonymised.Folder, BriefingPack.PdfFile)));
        using (var zip = ZipFile.OpenRead(result.ZipPath))
            Assert.Contains(zip.Entries, e => e.FullName == BriefingPack.PdfFile);
        var bytes = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
        Assert.StartsWith("%PDF-", bytes, StringComparison.Ordinal);
        Assert.InRange(PageObject().Count(bytes), 2, 40);

        var text = Path.Combine(temp.Path, "briefing.txt");
        var document = Path.Combine(temp.Path, BriefingPack.DocumentFile);
        Assert.Null(LibreOfficeConversion.Convert("soffice", "txt:Text (encoded):UTF8", [(document, text)], TimeSpan.FromMinutes(3)));
        var content = File.ReadAllText(text);
        foreach (var phrase in new[]
        {
            "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY NGHĨA TÂN", "BAN TỔ CHỨC", "BÁO CÁO",
            "tình hình đánh giá, xếp loại chất lượng quý IV năm 2024",
            "I. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG NĂM 2024",
            "II. KẾT QUẢ KIỂM TRA THEO QUY ĐỊNH", "III. NGUY CƠ HÌNH THỨC TRONG ĐÁNH GIÁ, XẾP LOẠI",
            "IV. MỨC ĐẦY ĐỦ CỦA DỮ LIỆU THEO NGUỒN", "V. THAY ĐỔI SO VỚI BÁO CÁO QUÝ TRƯỚC",
            "VI. ĐỀ XUẤT", "Nơi nhận:", "TRƯỞNG BAN",
            "Năm 2024 có 54 đảng viên được xếp loại (năm 2023: 54, không đổi); 1 đảng viên không xếp loại.",
            "- Hoàn thành xuất sắc nhiệm vụ (HTXSNV): 12 đồng chí, chiếm 22,2% (năm 2023: 9,3%; tăng 13,0 điểm %);",
            "Năm 2024 có 4 tổ chức đảng được xếp loại (năm 2023: 5, giảm 1).",
            "Đến thời điểm báo cáo có 2 phát hiện còn hiệu lực (mọi năm); "
                + "riêng năm 2024: 2 vi phạm, 0 cảnh báo.",
            "Đứng đầu là Đảng bộ xã Hòa Bình (A2-DU), điểm 0,90",
            "Biểu đồ 1. Xếp loại chất lượng đảng viên theo năm",
            "Biểu đồ 7. Mức đầy đủ và độ mới của dữ liệu theo nguồn",
        })
            Assert.Contains(phrase, content, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_LibreOffice_the_pack_is_written_without_the_pdf_and_says_why()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, BriefingPack.PdfFile), "a pdf of an earlier pack");
        var missing = Path.Combine(temp.Path, "no-such-soffice");
        var result = BriefingPack.Write(province.Store, "2024-Q4", temp.Path,
            new BriefingOptions { AsOf = DateTime.Now.AddMinutes(1), WritePdf = true, Document = new() { Soffice = missing } });
        Assert.Equal($"briefing.pdf not written: LibreOffice was not found ('{missing}'); "
            + "install libreoffice-writer-nogui or set Briefing:Soffice; the pack has briefing.docx", result.PdfNote);
        // The earlier pack's PDF no longer matches the new document: it is gone, from the folder and the zip.
        Assert.False(File.Exists(Path.Combine(temp.Path, BriefingPack.PdfFile)));
        Assert.DoesNotContain(result.Files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Contains(zip.Entries, e => e.FullName == BriefingPack.DocumentFile);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]   // the stand-ins are shell scripts
    public void A_failing_or_hanging_LibreOffice_is_reported_and_stopped()
    {
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "a.docx");
        File.WriteAllText(source, "not really a document");
        var failing = Script(temp, "failing", "echo 'source file could not be loaded' >&2; exit 3");
        Assert.Equal("LibreOffice failed (exit code 3): source file could not be loaded",
            LibreOfficeConversion.Convert(failing, "pdf", [(source, Path.Combine(temp.Path, "a.pdf"))], TimeSpan.FromMinutes(1)));
        var silent = Script(temp, "silent", "exit 0");
        Assert.Equal("LibreOffice did not convert a.docx to .pdf",
            LibreOfficeConversion.Convert(silent, "pdf", [(source, Path.Combine(temp.Path, "a.pdf"))], TimeSpan.FromMinutes(1)));
        // It hangs in a child process, as LibreOffice's launcher does: the whole tree is stopped.
        var pids = Path.Combine(temp.Path, "pids");
        var hanging = Script(temp, "hanging", $"sleep 600 & echo $$ $! > '{pids}'; wait");
        Assert.Equal("LibreOffice did not finish within 1 s and was stopped",
            LibreOfficeConversion.Convert(hanging, "pdf", [(source, Path.Combine(temp.Path, "a.pdf"))], TimeSpan.FromSeconds(1)));
        foreach (var pid in File.ReadAllText(pids).Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse))
            // SIGKILL is delivered asynchronously: allow the kernel a moment to end the process.
            Assert.True(SpinWait.SpinUntil(() => !Running(pid), TimeSpan.FromSeconds(10)), $"process {pid} still runs");
        Assert.False(File.Exists(Path.Combine(temp.Path, "a.pdf")));
    }

    /// <summary>Whether a process lives: it exists and is not a zombie (dead, waiting to be reaped).</summary>
    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A stand-in for soffice: a shell script with the given body.</summary>
    [UnsupportedOSPlatform("windows")]
    private static string Script(TempFolder temp, string name, string body)
    {
        var path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
