#include "workspace.h"

Workspace::Workspace(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

Workspace::~Workspace() = default;

const Pinyin &Workspace::pinyin() const
{
    if (!m_pinyin)
        m_pinyin = std::make_unique<Pinyin>();
    return *m_pinyin;
}
