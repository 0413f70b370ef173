import Foundation
import RoundsDomain

/// Places on a flat map: equirectangular, with longitude shrunk by the cosine of the places' mean
/// latitude so distances look right near them, fitted (aspect kept, centred) into a box of
/// pixels. SVG's y grows downwards, so north is up.
///
/// ```swift
/// let box = SVGProjection.Box(x: 20, y: 20, width: 600, height: 400)
/// let projection = SVGProjection(fitting: places, into: box)
/// projection.point(tokyoStation)   // (x: 312.4, y: 188.0)
/// ```
public struct SVGProjection: Sendable {
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    /// The cosine of the mean latitude: how much a degree of longitude is worth against one of latitude.
    public let longitudeScale: Double
    /// Pixels per (scaled) degree.
    public let pixelsPerDegree: Double
    private let west: Double, north: Double, offsetX: Double, offsetY: Double

    /// A single place, or none, lands in the box's centre.
    public init(fitting places: [Coordinate], into box: Box) {
        let meanLatitude = places.isEmpty ? 0 : places.reduce(0) { $0 + $1.latitude } / Double(places.count)
        let longitudeScale = cos(meanLatitude * .pi / 180)
        self.longitudeScale = longitudeScale
        let xs = places.map { $0.longitude * longitudeScale }, ys = places.map(\.latitude)
        let west = xs.min() ?? 0, east = xs.max() ?? 0, south = ys.min() ?? 0, north = ys.max() ?? 0
        let spanX = east - west, spanY = north - south
        var scale = Double.infinity
        if spanX > 0 { scale = min(scale, box.width / spanX) }
        if spanY > 0 { scale = min(scale, box.height / spanY) }
        if !scale.isFinite { scale = 1 }
        pixelsPerDegree = scale
        self.west = west
        self.north = north
        offsetX = box.x + (box.width - spanX * scale) / 2
        offsetY = box.y + (box.height - spanY * scale) / 2
    }

    public func point(_ place: Coordinate) -> (x: Double, y: Double) {
        (offsetX + (place.longitude * longitudeScale - west) * pixelsPerDegree,
         offsetY + (north - place.latitude) * pixelsPerDegree)
    }
}
