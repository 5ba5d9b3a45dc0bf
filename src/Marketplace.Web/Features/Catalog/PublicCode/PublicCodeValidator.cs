using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// Validates publiccode.yml (version "0") offline, with the rules of the reference parser
/// (italia/publiccode-parser-go): required keys, types, vocabularies, formats, SPDX expressions, BCP 47 tags.
/// </summary>
public static class PublicCodeValidator
{
    /// <summary>Validates raw bytes, which must be UTF-8 (a byte order mark is allowed).</summary>
    /// <param name="baseDirectory">Folder that relative logo, screenshot and authors paths resolve against; null leaves them unchecked.</param>
    public static ValidationReport Validate(ReadOnlySpan<byte> content, string? baseDirectory = null)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return new([new Issue("", "Encoding", 0, 0, [])], []);
        }

        return Validate(text.TrimStart('\uFEFF'), baseDirectory);
    }

    public static ValidationReport Validate(string content, string? baseDirectory = null)
    {
        if (!TryLoad(content, out var root, out var problem))
        {
            return new([problem], []);
        }

        var checker = new PublicCodeChecker(root, baseDirectory);
        checker.Check();
        return new(checker.Errors, checker.Warnings);
    }

    /// <summary>Parses the first document; anything else than a mapping at its top is reported, with its place.</summary>
    internal static bool TryLoad(string content, out YamlMappingNode root, out Issue problem)
    {
        root = null!;
        problem = null!;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            problem = new Issue("", "Malformed", (int)e.Start.Line, (int)e.Start.Column, [message]);
            return false;
        }

        if (stream.Documents.Count == 0 || YamlNodes.IsNull(stream.Documents[0].RootNode))
        {
            problem = new Issue("", "EmptyDocument", 0, 0, []);
            return false;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var node = stream.Documents[0].RootNode;
            problem = new Issue("", "NotAMapping", (int)node.Start.Line, (int)node.Start.Column, []);
            return false;
        }

        root = mapping;
        return true;
    }
}
