// libyaml, from the system (Debian libyaml-dev, pkg-config yaml-0.1). Imported only by
// Sources/_LexNormSystem/LibYAML: its header has plain C types and no clash with Foundation.
#include <yaml.h>
