/// An error whose `description` is a French sentence meant for users. The command line prints
/// it as is and exits with status 1; every module's error enum conforms.
public protocol UserFacingError: Error, CustomStringConvertible {}

extension CatalogError: UserFacingError {}
