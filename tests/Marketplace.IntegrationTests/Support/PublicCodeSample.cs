namespace Marketplace.IntegrationTests.Support;

/// <summary>A valid publiccode.yml of a new application, with the licence a test may change.</summary>
internal static class PublicCodeSample
{
    public static string Yaml(string name, string license = "AGPL-3.0-or-later") => $"""
        publiccodeYmlVersion: "0"
        name: {name}
        url: "https://git.singkawangkota.go.id/diskominfo/aplikasi.git"
        platforms:
          - web
        categories:
          - document-management
        developmentStatus: stable
        softwareType: "standalone/web"
        description:
          id:
            shortDescription: Aplikasi persuratan elektronik untuk perangkat daerah.
            longDescription: >
              {new string('x', 20)} Aplikasi ini mengelola surat masuk, surat keluar, disposisi, dan arsip
              secara elektronik sehingga perangkat daerah tidak lagi bergantung pada kertas dan setiap
              surat dapat ditelusuri.
            features:
              - Disposisi elektronik
        legal:
          license: {license}
        maintenance:
          type: internal
          contacts:
            - name: Andi Pratama
              email: andi@singkawangkota.go.id
        localisation:
          localisationReady: false
          availableLanguages:
            - id

        """;
}
