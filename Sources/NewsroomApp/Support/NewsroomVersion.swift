public enum NewsroomVersion {
    public static let string = "0.1.0"
}
