// swift-tools-version:5.9
// XCTest smoke tests of the generated Swift bindings against the host build of the library.
// Not runnable on the Linux CI machines (no Swift toolchain); on macOS run `tests/swift/run.sh`,
// which builds the library, generates the bindings into Generated/ and calls `swift test`.
import Foundation
import PackageDescription

// <repo>/target/debug, where `cargo build --workspace` puts libqazstep_ffi.dylib.
let libDir = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("../../target/debug")
    .standardizedFileURL.path

let package = Package(
    name: "QazstepCoreSmoke",
    platforms: [.macOS(.v12)],
    targets: [
        // Generated/QazstepCoreFFI: QazstepCoreFFI.h + module.modulemap (copied by run.sh).
        .systemLibrary(name: "QazstepCoreFFI", path: "Generated/QazstepCoreFFI"),
        // Generated/QazstepCore: QazstepCore.swift (copied by run.sh).
        .target(
            name: "QazstepCore",
            dependencies: ["QazstepCoreFFI"],
            path: "Generated/QazstepCore",
            linkerSettings: [
                .linkedLibrary("qazstep_ffi"),
                .unsafeFlags(["-L", libDir, "-Xlinker", "-rpath", "-Xlinker", libDir]),
            ]
        ),
        .testTarget(
            name: "QazstepCoreTests",
            dependencies: ["QazstepCore"],
            path: "Tests/QazstepCoreTests"
        ),
    ]
)
