import HattamaKit

/// The `hattama` command line.
public enum HattamaCLI {
  public static func main() {}
}
