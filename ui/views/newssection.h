#pragma once

#include "browsesection.h"

// The municipality's news, newest first, by category (environment, local projects,
// innovation, ...), with pictures, and a reader.
class NewsSection final : public BrowseSection
{
    Q_OBJECT

public:
    explicit NewsSection(const ViewContext &context, QWidget *parent = nullptr);
};
