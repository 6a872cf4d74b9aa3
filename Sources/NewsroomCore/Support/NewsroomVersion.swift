/// The version `--version` prints and the HTTP client sends as its User-Agent (newsroom/VERSION).
public enum NewsroomVersion {
    public static let string = "0.1.0"
}
