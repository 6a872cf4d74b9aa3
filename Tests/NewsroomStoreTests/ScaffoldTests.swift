import Testing
@testable import NewsroomStore
